// Choosing and extracting the main text of a news page.
//
// News pages wrap one article in navigation, menus, share buttons, related
// links and footers. The rule, in the spirit of readability-style
// extractors but kept small enough to predict:
//
//  1. Skip boilerplate subtrees everywhere: script, style, noscript, nav,
//     header, footer, aside, form, iframe, svg, button, figcaption, ...
//  2. Score every container (div, section, main, body, td) by the length of
//     the text in the <p> elements whose nearest container it is: the body
//     of an article is a run of sibling paragraphs.
//  3. If the page has <article> elements, take the one with the most text,
//     unless it holds less than half of the best container's paragraph
//     text (sites that wrap each teaser of a list in <article>).
//     Otherwise take the best container, and if no container has any
//     paragraph, the whole body.
//  4. Flatten the chosen subtree: block elements (p, h1-h6, li, blockquote,
//     div, br, tr, ...) end a paragraph, whitespace runs inside one become
//     one space, empty paragraphs are dropped, paragraphs join with "\n".
//
// Metadata comes from one pass over the whole tree (meta tags live in the
// head, <time> and itemprop in the body). All walks use explicit stacks:
// the depth of the tree is the input's to choose.
#include "io/html_extract.h"

#include <gumbo.h>
#include <strings.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace rasd {
namespace {

bool OneOf(GumboTag t, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), t) != tags.end();
}

// Boilerplate: never part of the main text.
bool IsSkipped(GumboTag t) {
  return OneOf(
      t,
      {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_NAV,
       GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE, GUMBO_TAG_FORM,
       GUMBO_TAG_IFRAME, GUMBO_TAG_SVG, GUMBO_TAG_BUTTON, GUMBO_TAG_FIGCAPTION,
       GUMBO_TAG_TEMPLATE, GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
       GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_MATH, GUMBO_TAG_HEAD});
}

// Elements that end a paragraph.
bool IsBlock(GumboTag t) {
  return OneOf(t, {GUMBO_TAG_P,       GUMBO_TAG_H1,      GUMBO_TAG_H2,
                   GUMBO_TAG_H3,      GUMBO_TAG_H4,      GUMBO_TAG_H5,
                   GUMBO_TAG_H6,      GUMBO_TAG_LI,      GUMBO_TAG_BLOCKQUOTE,
                   GUMBO_TAG_DIV,     GUMBO_TAG_BR,      GUMBO_TAG_TR,
                   GUMBO_TAG_UL,      GUMBO_TAG_OL,      GUMBO_TAG_DL,
                   GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_TABLE,
                   GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,
                   GUMBO_TAG_FIGURE,  GUMBO_TAG_PRE,     GUMBO_TAG_HR,
                   GUMBO_TAG_ADDRESS, GUMBO_TAG_BODY});
}

// Elements whose paragraphs are scored together.
bool IsContainer(GumboTag t) {
  return OneOf(t, {GUMBO_TAG_DIV, GUMBO_TAG_SECTION, GUMBO_TAG_MAIN,
                   GUMBO_TAG_BODY, GUMBO_TAG_TD});
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

// Builds paragraphs from text pieces: whitespace runs (including U+00A0)
// collapse to one space, blank paragraphs vanish.
class Paragraphs {
 public:
  void Add(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      const unsigned char c = s[i];
      const bool nbsp = c == 0xC2 && i + 1 < s.size() &&
                        static_cast<unsigned char>(s[i + 1]) == 0xA0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
          nbsp) {
        space_ = true;
        i += nbsp ? 1 : 0;
        continue;
      }
      if (space_ && !current_.empty()) current_.push_back(' ');
      space_ = false;
      current_.push_back(static_cast<char>(c));
    }
  }
  void Space() { space_ = true; }
  void Break() {
    if (!current_.empty()) {
      if (!text_.empty()) text_.push_back('\n');
      text_ += current_;
    }
    current_.clear();
    space_ = false;
  }
  std::string Finish() {
    Break();
    return std::move(text_);
  }

 private:
  std::string text_, current_;
  bool space_ = false;
};

// The flattened text of the subtree at `root`, boilerplate skipped.
std::string TextOf(const GumboNode* root) {
  Paragraphs out;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  while (!stack.empty()) {
    const auto [n, leaving] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out.Add(n->v.text.text);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = n->v.element.tag;
    if (n != root && IsSkipped(tag)) continue;
    const bool block = IsBlock(tag);
    const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    if (block) out.Break();
    if (cell) out.Space();
    if (leaving) continue;
    if (block) stack.push_back({n, true});
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), false});
    }
  }
  return out.Finish();
}

// What one pass over the tree finds.
struct Scan {
  std::string title;
  std::map<std::string, std::string> meta;  // "property:og:title" -> content
  std::string canonical;
  std::vector<const GumboNode*> articles;
  std::unordered_map<const GumboNode*, size_t> paragraph_text;  // per container
};

void NoteMeta(const GumboNode* n, Scan* scan) {
  const char* content = Attr(n, "content");
  if (content == nullptr) return;
  for (const char* key : {"property", "name", "itemprop"}) {
    const char* value = Attr(n, key);
    if (value != nullptr)
      scan->meta.emplace(std::string(key) + ":" + AsciiLower(value), content);
  }
}

// An itemprop="datePublished" element that is not a <meta>: its datetime
// attribute or its text.
void NoteItemprop(const GumboNode* n, Scan* scan) {
  const char* prop = Attr(n, "itemprop");
  if (prop == nullptr || strcasecmp(prop, "datePublished") != 0) return;
  const char* when = Attr(n, "datetime");
  scan->meta.emplace("itemprop:datepublished",
                     when != nullptr ? when : TextOf(n));
}

const GumboNode* NearestContainer(const GumboNode* n) {
  for (n = n->parent; n != nullptr; n = n->parent) {
    if (n->type == GUMBO_NODE_ELEMENT && IsContainer(n->v.element.tag))
      return n;
  }
  return nullptr;
}

void NoteElement(const GumboNode* n, bool skipped, Scan* scan) {
  const GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_TITLE && scan->title.empty()) scan->title = TextOf(n);
  if (tag == GUMBO_TAG_META) NoteMeta(n, scan);
  if (tag != GUMBO_TAG_META) NoteItemprop(n, scan);
  if (tag == GUMBO_TAG_LINK && scan->canonical.empty()) {
    const char* rel = Attr(n, "rel");
    const char* href = Attr(n, "href");
    if (rel != nullptr && href != nullptr && AsciiLower(rel) == "canonical")
      scan->canonical = href;
  }
  if (skipped) return;
  if (tag == GUMBO_TAG_ARTICLE) scan->articles.push_back(n);
  if (tag == GUMBO_TAG_P) {
    if (const GumboNode* c = NearestContainer(n))
      scan->paragraph_text[c] += TextOf(n).size();
  }
}

Scan ScanTree(const GumboNode* root) {
  Scan scan;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  while (!stack.empty()) {
    const auto [n, skipped_above] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const bool skipped = skipped_above || IsSkipped(n->v.element.tag);
    NoteElement(n, skipped, &scan);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), skipped});
    }
  }
  return scan;
}

const GumboNode* FindBody(const GumboNode* root) {
  const GumboVector& kids = root->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_BODY)
      return k;
  }
  return root;
}

// Step 3 of the rule above; sets *text to the chosen node's text.
const GumboNode* ChooseMain(const GumboNode* root, const Scan& scan,
                            std::string* text) {
  const GumboNode* best = nullptr;
  size_t best_score = 0;
  for (const auto& [node, score] : scan.paragraph_text) {
    if (score > best_score) best = node, best_score = score;
  }
  const GumboNode* article = nullptr;
  std::string article_text;
  for (const GumboNode* a : scan.articles) {
    std::string t = TextOf(a);
    if (t.size() > article_text.size())
      article = a, article_text = std::move(t);
  }
  if (article != nullptr && article_text.size() * 2 >= best_score) {
    *text = std::move(article_text);
    return article;
  }
  const GumboNode* main = best != nullptr ? best : FindBody(root);
  *text = TextOf(main);
  return main;
}

// The datetime of the first <time> under `n`.
std::string FirstTimeUnder(const GumboNode* n) {
  std::vector<const GumboNode*> stack = {n};
  while (!stack.empty()) {
    const GumboNode* e = stack.back();
    stack.pop_back();
    if (e->type != GUMBO_NODE_ELEMENT) continue;
    if (e->v.element.tag == GUMBO_TAG_TIME) {
      if (const char* when = Attr(e, "datetime")) return when;
    }
    const GumboVector& kids = e->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return "";
}

std::string FirstMeta(const Scan& scan,
                      std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = scan.meta.find(key);
    if (it != scan.meta.end() && !it->second.empty()) return it->second;
  }
  return "";
}

std::string Collapse(std::string_view s) {
  Paragraphs p;
  p.Add(s);
  return p.Finish();
}

}  // namespace

HtmlPage ExtractHtml(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out =
      gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlPage page;
  const Scan scan = ScanTree(out->root);
  const GumboNode* main = ChooseMain(out->root, scan, &page.text);
  page.title = Collapse(FirstMeta(scan, {"property:og:title"}));
  if (page.title.empty()) page.title = scan.title;
  page.published =
      FirstMeta(scan, {"property:article:published_time",
                       "property:og:article:published_time",
                       "itemprop:datepublished", "name:date", "name:pubdate",
                       "name:publishdate", "name:dc.date.issued"});
  if (page.published.empty()) page.published = FirstTimeUnder(main);
  page.outlet = Collapse(FirstMeta(scan, {"property:og:site_name"}));
  page.url = !scan.canonical.empty() ? scan.canonical
                                     : FirstMeta(scan, {"property:og:url"});
  gumbo_destroy_output(&options, out);
  return page;
}

}  // namespace rasd
