#!/usr/bin/env python3
"""Writes N synthetic trusted documents as JSON Lines ({id, url, date, title, text}) for the
corpus benchmark: wire-style sentences naming people, places, dates and acts."""
import json
import random
import sys

PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Joe Biden", "Vladimir Putin", "Xi Jinping", "Narendra Modi",
          "Olaf Scholz", "Rishi Sunak", "Fumio Kishida", "Ursula von der Leyen", "Antonio Guterres", "Jens Stoltenberg"]
PLACES = ["Geneva", "Brussels", "Paris", "Berlin", "Tokyo", "New York", "Vienna", "Rome", "Madrid", "Ottawa"]
VERBS = ["met", "visited", "signed an agreement with", "announced a plan with", "spoke with"]
TOPICS = ["trade", "energy", "security", "climate", "migration", "debt relief", "vaccines", "fisheries", "railways"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            y, m, d = rng.randint(2000, 2024), rng.randint(1, 12), rng.randint(1, 28)
            a, b = rng.sample(PEOPLE, 2)
            place, topic = rng.choice(PLACES), rng.choice(TOPICS)
            sentences = [f"On {d} {MONTHS[m - 1]} {y}, {a} {rng.choice(VERBS)} {b} in {place}."]
            for _ in range(rng.randint(3, 8)):
                sentences.append(f"The talks on {topic} covered point {rng.randint(1, 999)} and the officials "
                                 f"agreed to meet again in {rng.choice(PLACES)} before the end of {y}.")
            f.write(json.dumps({"id": f"doc{i}", "url": f"https://example.org/{i}", "date": f"{y:04d}-{m:02d}-{d:02d}",
                                "title": f"{a} and {b} on {topic}", "text": " ".join(sentences)}) + "\n")


if __name__ == "__main__":
    main()
