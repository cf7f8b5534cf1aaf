// HTML pages: one document per file.
//
// The charset is settled before parsing: a BOM (the reader removes it and
// says so in InputContext::charset), else the page's own declaration in
// its first 2 KB, else detection (decode.h). The decoded page then goes to
// html_extract.h for the main text and metadata.
#include <string>
#include <utility>

#include "io/decode.h"
#include "io/html_extract.h"
#include "io/html_scan.h"
#include "io/parser.h"

namespace rasd {
namespace {

// Deeper than this and gumbo's tree builder slows down quadratically;
// real pages stay far below.
constexpr int kMaxOpenElements = 20000;

class HtmlParser : public DocParser {
 public:
  explicit HtmlParser(InputContext ctx) : ctx_(std::move(ctx)) {}

  bool Next(InputItem* item) override {
    if (done_) return false;
    done_ = true;
    auto bytes = ReadWhole(ctx_);
    if (!bytes.ok()) {
      SetError(bytes.status(), item);
      return true;
    }
    const std::string charset =
        !ctx_.charset.empty() ? ctx_.charset : PrescanCharset(*bytes);
    auto decoded = DecodeBytes(*bytes, charset);
    if (!decoded.ok()) {
      SetError(ctx_.name + ": " + decoded.status().message(), item);
      return true;
    }
    if (NestsTooDeep(decoded->text, kMaxOpenElements)) {
      SetError(ctx_.name + ": HTML nested too deeply (more than " +
                   std::to_string(kMaxOpenElements) + " open elements)",
               item);
      return true;
    }
    HtmlPage page = ExtractHtml(decoded->text);
    if (IsBlank(page.text)) {
      SetError(ctx_.name + ": HTML has no main text", item);
      return true;
    }
    Document* doc = StartDocument(item);
    doc->warnings = std::move(decoded->warnings);
    doc->text = std::move(page.text);
    doc->id = TextId(doc->text);
    doc->source = ctx_.name;
    doc->meta.title = std::move(page.title);
    doc->meta.outlet = std::move(page.outlet);
    doc->meta.url = std::move(page.url);
    SetPublished(page.published, doc);
    ApplyDefaults(*ctx_.options, doc);
    return true;
  }

 private:
  InputContext ctx_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocParser> NewHtmlParser(InputContext ctx) {
  return std::make_unique<HtmlParser>(std::move(ctx));
}

}  // namespace rasd
