// Main text and metadata of a news web page.
//
// ExtractHtml parses UTF-8 HTML with gumbo and returns the article's text
// (paragraphs separated by "\n", whitespace collapsed, boilerplate such as
// navigation, scripts and footers left out) and the raw metadata values
// found in meta tags. See html_extract.cc for how the main text is chosen.
// Thread-safety: pure functions.
#ifndef RASD_IO_HTML_EXTRACT_H_
#define RASD_IO_HTML_EXTRACT_H_

#include <string>
#include <string_view>

namespace rasd {

struct HtmlPage {
  std::string title;      // og:title, else <title>
  std::string published;  // raw date from meta tags or <time datetime>
  std::string outlet;     // og:site_name
  std::string url;        // <link rel=canonical>, else og:url
  std::string text;       // the main text; empty if none was found
};

HtmlPage ExtractHtml(std::string_view html);

}  // namespace rasd

#endif  // RASD_IO_HTML_EXTRACT_H_
