// TREC-style <DOC> files.
//
// A file holds any number of <DOC> ... </DOC> blocks, each a flat list of
// <TAG>value</TAG> fields (DOCNO, URL, SRC, TITLE, TIME, TEXT, ...). The
// parser streams: it scans the buffer for the next "<DOC" and then for
// "</DOC>", so only one document is held at a time. A block longer than
// max_doc_bytes is reported and skipped up to its "</DOC>"; a block cut
// short by the end of the file, or by the next "<DOC", is reported as
// truncated. Each block is decoded on its own (decode.h), so one damaged
// document does not spoil its neighbours.
//
// Inside a block, fields are found by name, case-insensitively; a field's
// value runs to its matching close tag, so markup inside TEXT (the <P>
// paragraphs of Gigaword-style files) stays inside it and becomes line
// breaks. Basic XML entities are unescaped. Tags other than the known
// ones go to Meta::extra under their lower-cased name, as JSON strings.
#include <cstring>
#include <string>
#include <utility>

#include "io/decode.h"
#include "io/parser.h"
#include "io/trec_fields.h"

namespace rasd {
namespace {

enum class Mark { kNone, kOpen, kClose };

// Whether `s` at `i` holds "<DOC>", "<DOC ..." (kOpen) or "</DOC>" (kClose).
// Needs 6 bytes of look-ahead unless the input has ended; *need_more says
// they are not there yet.
Mark MarkAt(std::string_view s, size_t i, bool at_end, bool* need_more) {
  const size_t left = s.size() - i;
  *need_more = left < 6 && !at_end;
  if (*need_more) return Mark::kNone;
  const auto is = [&](const char* word) {
    const size_t n = std::strlen(word);
    return left >= n && strncasecmp(s.data() + i, word, n) == 0;
  };
  if (is("</doc>")) return Mark::kClose;
  if (left >= 5 && is("<doc") &&
      (s[i + 4] == '>' || std::isspace(static_cast<unsigned char>(s[i + 4])))) {
    return Mark::kOpen;
  }
  return Mark::kNone;
}

class TrecParser : public DocParser {
 public:
  explicit TrecParser(InputContext ctx) : ctx_(std::move(ctx)) {}

  bool Next(InputItem* item) override {
    if (!SeekOpen()) return ReportReadError(item);
    ++doc_no_;
    return ReadBlock(item);
  }

 private:
  // Drops bytes up to the next "<DOC"; false at the end of the input.
  bool SeekOpen() {
    StreamBuffer* in = ctx_.in;
    while (true) {
      const std::string_view data = in->data();
      size_t keep = data.size();
      for (size_t i = data.find('<'); i != std::string_view::npos;
           i = data.find('<', i + 1)) {
        bool need_more = false;
        if (MarkAt(data, i, in->ended(), &need_more) == Mark::kOpen) {
          in->Consume(i);
          return true;
        }
        if (need_more) {
          keep = i;
          break;
        }
      }
      in->Consume(keep);
      if (in->ended()) return false;
      in->FillMore();
    }
  }

  // Finds the next mark at or after `*from` in the buffer; kNone when the
  // buffer holds none yet (*from is then where to resume after a refill).
  Mark FindMark(size_t* from, size_t* at) {
    const std::string_view data = ctx_.in->data();
    size_t i = data.find('<', *from);
    for (; i != std::string_view::npos; i = data.find('<', i + 1)) {
      bool need_more = false;
      const Mark m = MarkAt(data, i, ctx_.in->ended(), &need_more);
      if (need_more) break;
      if (m != Mark::kNone) {
        *at = i;
        return m;
      }
    }
    *from = i == std::string_view::npos ? data.size() : i;
    return Mark::kNone;
  }

  // The buffer starts with "<DOC": finds its end and parses the block.
  bool ReadBlock(InputItem* item) {
    StreamBuffer* in = ctx_.in;
    size_t from = 1, at = 0;
    while (true) {
      const Mark m = FindMark(&from, &at);
      if (m == Mark::kClose) {
        ParseBlock(in->data().substr(0, at + 6), item);
        in->Consume(at + 6);
        return true;
      }
      if (m == Mark::kOpen || in->ended()) {
        const size_t end = m == Mark::kOpen ? at : in->data().size();
        SetError(Label(in->data().substr(0, end)) + ": truncated (no </DOC>)",
                 item);
        in->Consume(end);
        return true;
      }
      if (in->data().size() > ctx_.options->max_doc_bytes) {
        return SkipTooLarge(from, item);
      }
      in->FillMore();
    }
  }

  // Reports the block at the front of the buffer as too large and drops it,
  // without keeping more than a chunk of it.
  bool SkipTooLarge(size_t from, InputItem* item) {
    SetError(Label(ctx_.in->data()) + ": too large (more than " +
                 FormatBytes(ctx_.options->max_doc_bytes) + ")",
             item);
    StreamBuffer* in = ctx_.in;
    size_t at = 0;
    while (true) {
      const Mark m = FindMark(&from, &at);
      if (m != Mark::kNone) {
        in->Consume(m == Mark::kClose ? at + 6 : at);
        return true;
      }
      in->Consume(from);
      from = 0;
      if (in->ended()) return true;
      in->FillMore();
    }
  }

  // "PATH: DOC 3 (DOCNO AL-12)" for messages about the block `block`.
  std::string Label(std::string_view block) const {
    std::string label = ctx_.name + ": DOC " + std::to_string(doc_no_);
    const std::string docno = PeekDocno(block);
    if (!docno.empty()) label += " (DOCNO " + docno + ")";
    return label;
  }

  void ParseBlock(std::string_view block, InputItem* item) {
    auto decoded = DecodeBytes(block, ctx_.charset);
    if (!decoded.ok()) {
      SetError(Label(block) + ": " + decoded.status().message(), item);
      return;
    }
    TrecFields f = ParseTrecFields(decoded->text);
    if (IsBlank(f.text)) {
      SetError(Label(block) + ": no TEXT", item);
      return;
    }
    Document* doc = StartDocument(item);
    doc->warnings = std::move(decoded->warnings);
    for (std::string& w : f.warnings) doc->warnings.push_back(std::move(w));
    doc->id = !f.docno.empty() ? f.docno : TextId(f.text);
    doc->source = ctx_.name + ":" +
                  (!f.docno.empty() ? f.docno : "#" + std::to_string(doc_no_));
    doc->meta.title = std::move(f.title);
    doc->meta.url = std::move(f.url);
    doc->meta.outlet = std::move(f.outlet);
    doc->meta.extra = std::move(f.extra);
    SetPublished(f.time, doc);
    doc->text = std::move(f.text);
    ApplyDefaults(*ctx_.options, doc);
  }

  bool ReportReadError(InputItem* item) {
    if (ctx_.in->error().ok() || error_reported_) return false;
    error_reported_ = true;
    SetError(Status::IoError(ctx_.name +
                             ": read error: " + ctx_.in->error().message()),
             item);
    return true;
  }

  InputContext ctx_;
  int doc_no_ = 0;
  bool error_reported_ = false;
};

}  // namespace

std::unique_ptr<DocParser> NewTrecParser(InputContext ctx) {
  return std::make_unique<TrecParser>(std::move(ctx));
}

}  // namespace rasd
