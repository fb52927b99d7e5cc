// The web page served at "/": plain HTML, CSS and JavaScript, no external resource.
#pragma once

namespace factlens {
extern const char kIndexHtml[];
}
