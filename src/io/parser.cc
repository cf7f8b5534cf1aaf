#include "io/parser.h"

#include <cinttypes>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "io/decode.h"

namespace rasd {
namespace {

// One file, one document: the decoded bytes as they are.
class TextParser : public DocParser {
 public:
  explicit TextParser(InputContext ctx) : ctx_(std::move(ctx)) {}

  bool Next(InputItem* item) override {
    if (done_) return false;
    done_ = true;
    auto bytes = ReadWhole(ctx_);
    if (!bytes.ok()) {
      SetError(bytes.status(), item);
      return true;
    }
    auto decoded = DecodeBytes(*bytes, ctx_.charset);
    if (!decoded.ok()) {
      SetError(ctx_.name + ": " + decoded.status().message(), item);
      return true;
    }
    if (IsBlank(decoded->text)) {
      SetError(ctx_.name + ": no text (only whitespace)", item);
      return true;
    }
    Document* doc = StartDocument(item);
    doc->text = std::move(decoded->text);
    doc->warnings = std::move(decoded->warnings);
    doc->id = TextId(doc->text);
    doc->source = ctx_.name;
    ApplyDefaults(*ctx_.options, doc);
    return true;
  }

 private:
  InputContext ctx_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocParser> NewTextParser(InputContext ctx) {
  return std::make_unique<TextParser>(std::move(ctx));
}

std::unique_ptr<DocParser> NewParser(InputFormat format, InputContext ctx) {
  switch (format) {
    case InputFormat::kJsonl:
      return NewJsonlParser(std::move(ctx));
    case InputFormat::kHtml:
      return NewHtmlParser(std::move(ctx));
    case InputFormat::kTrec:
      return NewTrecParser(std::move(ctx));
    case InputFormat::kAuto:
    case InputFormat::kText:
      break;
  }
  return NewTextParser(std::move(ctx));
}

void SetError(std::string message, InputItem* item) {
  SetError(Status::BadInput(std::move(message)), item);
}

void SetError(Status status, InputItem* item) {
  std::string message = status.message();
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';  // one line, whatever a name holds
  }
  item->ok = false;
  item->doc = Document();
  switch (status.code()) {
    case StatusCode::kIoError:
      item->error = Status::IoError(message);
      break;
    case StatusCode::kInternal:
      item->error = Status::Internal(message);
      break;
    default:
      item->error = Status::BadInput(message);
      break;
  }
}

Document* StartDocument(InputItem* item) {
  item->ok = true;
  item->doc = Document();
  item->error = Status::Ok();
  return &item->doc;
}

void SetPublished(std::string_view raw, Document* doc) {
  raw = TrimBlank(raw);
  if (raw.empty()) return;
  doc->meta.published = NormalizePublished(std::string(raw));
  if (!doc->meta.published.empty()) return;
  const std::string quoted =
      nlohmann::json(std::string(raw))
          .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  doc->meta.extra.emplace_back("published_raw", quoted);
  doc->warnings.push_back("unrecognised publication date " + quoted);
}

void ApplyDefaults(const InputOptions& options, Document* doc) {
  Meta& m = doc->meta;
  if (m.title.empty()) m.title = options.title;
  if (m.outlet.empty()) m.outlet = options.outlet;
  if (m.published.empty()) {
    bool has_raw = false;
    for (const auto& [key, value] : m.extra) has_raw |= key == "published_raw";
    if (!has_raw) SetPublished(options.published, doc);
  }
}

Result<std::string> ReadWhole(const InputContext& ctx) {
  const uint64_t limit = ctx.options->max_doc_bytes;
  const std::string too_large = ctx.name + ": too large (";
  if (ctx.size >= 0 && static_cast<uint64_t>(ctx.size) > limit) {
    return Status::BadInput(too_large + FormatBytes(ctx.size) + " > limit " +
                            FormatBytes(limit) + ")");
  }
  ctx.in->Fill(limit + 1);
  if (!ctx.in->error().ok()) {
    return Status::IoError(ctx.name +
                           ": read error: " + ctx.in->error().message());
  }
  if (ctx.in->data().size() > limit) {
    return Status::BadInput(too_large + "more than " + FormatBytes(limit) +
                            ")");
  }
  std::string bytes(ctx.in->data());
  ctx.in->Consume(bytes.size());
  return bytes;
}

std::string FormatBytes(uint64_t n) {
  char buf[32];
  if (n < 1024) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 " bytes", n);
    return buf;
  }
  const bool mib = n >= (1u << 20);
  const double v = static_cast<double>(n) / (mib ? (1u << 20) : 1024);
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
    s.resize(s.size() - 2);
  return s + (mib ? " MiB" : " KiB");
}

bool IsBlank(std::string_view s) { return TrimBlank(s).empty(); }

std::string_view TrimBlank(std::string_view s) {
  const auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace rasd
