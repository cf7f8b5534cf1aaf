// JSON Lines: one document per line.
//
// Lines are read from the stream one at a time and never held beyond
// max_doc_bytes: a longer line is reported and skipped up to its newline
// without being kept. Each line is repaired to valid UTF-8 (nlohmann::json
// rejects invalid UTF-8) and parsed on its own, so a malformed line costs
// that line only. Nesting is checked before parsing, because printing a
// deeply nested value back to JSON text (for Meta::extra) recurses.
// Known fields fill the Document; every other field is kept, in input
// order, as compact JSON text in Meta::extra.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "io/decode.h"
#include "io/parser.h"

namespace rasd {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kMaxNesting = 100;

enum class LineKind { kLine, kTooLong, kEnd };

// The next line of `in` without its "\n" (and "\r"), at most `max` bytes.
LineKind ReadLine(StreamBuffer* in, uint64_t max, std::string* line) {
  size_t scanned = 0;
  while (true) {
    const std::string_view data = in->data();
    const size_t nl = data.find('\n', scanned);
    if (nl != std::string_view::npos && nl <= max) {
      line->assign(data.substr(0, nl));
      in->Consume(nl + 1);
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return LineKind::kLine;
    }
    if (data.size() > max) break;
    scanned = data.size();
    if (!in->FillMore()) {
      if (in->data().empty()) return LineKind::kEnd;
      line->assign(in->data());
      in->Consume(line->size());
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return LineKind::kLine;
    }
  }
  // Too long: drop bytes up to and including the next newline.
  while (true) {
    const std::string_view data = in->data();
    const size_t nl = data.find('\n');
    if (nl != std::string_view::npos) {
      in->Consume(nl + 1);
      return LineKind::kTooLong;
    }
    in->Consume(data.size());
    if (!in->FillMore()) return LineKind::kTooLong;
  }
}

// Deepest nesting of arrays and objects, outside strings.
int Nesting(std::string_view s) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// "column 9: syntax error while parsing value - invalid literal" from
// nlohmann's longer message (which quotes the input).
std::string ShortReason(std::string what) {
  const size_t bracket = what.find("] ");
  if (bracket != std::string::npos) what.erase(0, bracket + 2);
  const size_t at_line = what.find("at line ");
  const size_t column = what.find("column ");
  if (at_line != std::string::npos && column != std::string::npos) {
    what.erase(0, column);
  }
  const size_t last_read = what.find("; last read");
  if (last_read != std::string::npos) what.resize(last_read);
  return what;
}

class JsonlParser : public DocParser {
 public:
  explicit JsonlParser(InputContext ctx) : ctx_(std::move(ctx)) {}

  bool Next(InputItem* item) override {
    std::string line;
    while (true) {
      const LineKind kind =
          ReadLine(ctx_.in, ctx_.options->max_doc_bytes, &line);
      if (kind == LineKind::kEnd) return ReportReadError(item);
      ++line_no_;
      if (kind == LineKind::kTooLong) {
        SetError(Where() + ": line too long (more than " +
                     FormatBytes(ctx_.options->max_doc_bytes) + ")",
                 item);
        return true;
      }
      if (IsBlank(line)) continue;
      ParseLine(line, item);
      return true;
    }
  }

 private:
  std::string Where() const {
    return ctx_.name + ":" + std::to_string(line_no_);
  }

  bool ReportReadError(InputItem* item) {
    if (ctx_.in->error().ok() || error_reported_) return false;
    error_reported_ = true;
    SetError(Status::IoError(ctx_.name +
                             ": read error: " + ctx_.in->error().message()),
             item);
    return true;
  }

  void ParseLine(const std::string& raw, InputItem* item) {
    std::string line;
    size_t first_bad = 0;
    const size_t bad = RepairUtf8(raw, &line, &first_bad);
    if (Nesting(line) > kMaxNesting) {
      SetError(Where() + ": malformed JSON: nested deeper than " +
                   std::to_string(kMaxNesting) + " levels",
               item);
      return;
    }
    Json j;
    try {
      j = Json::parse(line);
    } catch (const Json::exception& e) {
      SetError(Where() + ": malformed JSON: " + ShortReason(e.what()), item);
      return;
    }
    if (!j.is_object()) {
      SetError(Where() + ": malformed JSON: not an object", item);
      return;
    }
    if (Status s = CheckText(j); !s.ok()) {
      SetError(Where() + ": " + s.message(), item);
      return;
    }
    Document* doc = StartDocument(item);
    if (bad > 0) doc->warnings.push_back(InvalidUtf8Warning(bad, first_bad));
    FillDocument(j, doc);
  }

  static Status CheckText(const Json& j) {
    const auto it = j.find("text");
    if (it == j.end()) return Status::BadInput("no \"text\" field");
    if (!it->is_string()) return Status::BadInput("\"text\" is not a string");
    if (IsBlank(it->get_ref<const std::string&>())) {
      return Status::BadInput("\"text\" is empty");
    }
    return Status::Ok();
  }

  void FillDocument(Json& j, Document* doc) {
    doc->source = Where();
    for (auto& [key, value] : j.items()) {
      if (key == "text") {
        doc->text = std::move(value.get_ref<std::string&>());
      } else if (key == "id" && value.is_number_integer()) {
        doc->id = value.dump();
      } else if (!IsMetaKey(key)) {
        doc->meta.extra.emplace_back(key, Dump(value));
      } else if (value.is_string()) {
        SetMeta(key, value.get<std::string>(), doc);
      } else if (!value.is_null()) {
        doc->warnings.push_back("\"" + key + "\" ignored: not a string");
      }
    }
    if (doc->id.empty()) doc->id = TextId(doc->text);
    ApplyDefaults(*ctx_.options, doc);
  }

  static bool IsMetaKey(const std::string& key) {
    return key == "title" || key == "url" || key == "outlet" ||
           key == "published" || key == "id";
  }

  static void SetMeta(const std::string& key, std::string value,
                      Document* doc) {
    if (key == "title") doc->meta.title = std::move(value);
    if (key == "url") doc->meta.url = std::move(value);
    if (key == "outlet") doc->meta.outlet = std::move(value);
    if (key == "published") SetPublished(value, doc);
    if (key == "id") doc->id = std::move(value);
  }

  static std::string Dump(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
  }

  InputContext ctx_;
  uint64_t line_no_ = 0;
  bool error_reported_ = false;
};

}  // namespace

std::unique_ptr<DocParser> NewJsonlParser(InputContext ctx) {
  return std::make_unique<JsonlParser>(std::move(ctx));
}

}  // namespace rasd
