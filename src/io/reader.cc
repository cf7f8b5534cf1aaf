// The InputReader: walks paths, opens files and archive members, settles
// each input's charset (UTF-16 is converted to UTF-8 as it streams, a BOM
// is removed) and format, and drains one parser at a time.
//
// Per input the layers are: a ByteSource (file, stdin or archive member)
// -> a StreamBuffer for sniffing -> [a TranscodingSource and a second
// StreamBuffer when the input is UTF-16] -> the format's DocParser.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/archive.h"
#include "io/decode.h"
#include "io/detect.h"
#include "io/parser.h"
#include "io/stream.h"
#include "io/walk.h"
#include "rasd/input.h"

namespace rasd {
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr const char* kStdinName = "<stdin>";

class Reader : public InputReader {
 public:
  Reader(std::vector<std::string> paths, const InputOptions& options)
      : roots_(paths.empty() ? std::vector<std::string>{"-"}
                             : std::move(paths)),
        options_(options),
        walker_(roots_) {}

  bool Next(InputItem* item) override {
    if (!NextItem(item)) return false;
    item->input_offset = bytes_read();
    return true;
  }

 private:
  bool NextItem(InputItem* item) {
    while (true) {
      if (parser_ != nullptr) {
        if (parser_->Next(item)) return true;
        EndStream();
      }
      if (archive_ != nullptr) {
        if (Status s = OpenNextMember(); !s.ok()) {
          SetError(std::move(s), item);
          return true;
        }
        continue;
      }
      EndFile();
      WalkEntry entry;
      if (!walker_.Next(&entry)) return false;
      Status s = entry.error.ok() ? OpenPath(entry.path) : entry.error;
      if (!s.ok()) {
        SetError(std::move(s), item);
        return true;
      }
    }
  }

 public:
  uint64_t bytes_read() const override {
    uint64_t current = 0;
    if (archive_ != nullptr)
      current = archive_->bytes_read();
    else if (file_ != nullptr)
      current = file_->consumed();
    return done_bytes_ + current;
  }

  uint64_t bytes_total() const override {
    if (!total_) total_ = TotalBytes(roots_);
    return *total_;
  }

 private:
  Status OpenPath(const std::string& path) {
    const bool stdin_input = path == "-";
    std::string name;
    if (stdin_input)
      name = kStdinName;
    else
      RepairUtf8(path, &name);
    const Container kind =
        stdin_input ? Container::kNone : ContainerFromName(path);
    if (kind != Container::kNone) {
      auto archive = ArchiveReader::Open(path, kind);
      if (!archive.ok())
        return Status::IoError(name + ": " + archive.status().message());
      archive_ = std::move(archive).value();
      archive_name_ = name;
      archive_kind_ = kind;
      return Status::Ok();
    }
    auto file = FileSource::Open(path);
    if (!file.ok())
      return Status::IoError(name + ": " + file.status().message());
    file_ = std::move(file).value();
    return OpenStream(name, name, file_.get(), file_->size());
  }

  Status OpenNextMember() {
    std::string member;
    int64_t size = -1;
    Status error;
    if (!archive_->NextEntry(&member, &size, &error)) {
      done_bytes_ += archive_->bytes_read();
      archive_.reset();
      if (error.ok()) return error;
      return Status::BadInput(archive_name_ + ": " + error.message());
    }
    if (archive_kind_ == Container::kCompressed) {
      return OpenStream(archive_name_,
                        std::string(StripCompressionSuffix(archive_name_)),
                        archive_->entry(), size);
    }
    const std::string name = archive_name_ + ":" + member;
    return OpenStream(name, member, archive_->entry(), size);
  }

  // Sets up the buffers and the parser for one input; `name_for_format` is
  // the name whose extension may tell the format.
  Status OpenStream(const std::string& name, const std::string& name_for_format,
                    ByteSource* source, int64_t size) {
    InputContext ctx;
    ctx.name = name;
    ctx.size = size;
    ctx.options = &options_;
    raw_ = std::make_unique<StreamBuffer>(source);
    raw_->Fill(kSniffBytes);
    size_t bom = 0;
    const std::string_view utf16 = DetectUtf16(raw_->data(), &bom);
    ctx.in = raw_.get();
    if (!utf16.empty()) {
      auto transcoder = Transcoder::Open(utf16);
      if (!transcoder.ok())
        return Status::Internal(name + ": " + transcoder.status().message());
      raw_->Consume(bom);
      converted_ = std::make_unique<TranscodingSource>(
          raw_.get(), std::move(transcoder).value());
      text_ = std::make_unique<StreamBuffer>(converted_.get());
      ctx.in = text_.get();
      ctx.in->Fill(kSniffBytes);
      ctx.charset = "UTF-8";
      ctx.size = -1;
    }
    if (const size_t n = Utf8BomSize(ctx.in->data()); n > 0) {
      ctx.in->Consume(n);
      ctx.charset = "UTF-8";
      if (ctx.size > 0) ctx.size -= n;
    }
    InputFormat format = options_.format;
    if (format == InputFormat::kAuto) format = FormatFromName(name_for_format);
    if (format == InputFormat::kAuto) format = SniffFormat(ctx.in->data());
    parser_ = NewParser(format, std::move(ctx));
    return Status::Ok();
  }

  void EndStream() {
    parser_.reset();
    text_.reset();
    converted_.reset();
    raw_.reset();
  }

  void EndFile() {
    if (file_ == nullptr) return;
    const int64_t size = file_->size();
    done_bytes_ += std::max<uint64_t>(file_->consumed(), size > 0 ? size : 0);
    file_.reset();
  }

  const std::vector<std::string> roots_;
  const InputOptions options_;
  PathWalker walker_;

  std::unique_ptr<FileSource> file_;
  std::unique_ptr<ArchiveReader> archive_;
  std::string archive_name_;
  Container archive_kind_ = Container::kNone;

  std::unique_ptr<StreamBuffer> raw_;
  std::unique_ptr<ByteSource> converted_;
  std::unique_ptr<StreamBuffer> text_;
  std::unique_ptr<DocParser> parser_;

  uint64_t done_bytes_ = 0;
  mutable std::optional<uint64_t> total_;
};

}  // namespace

std::unique_ptr<InputReader> InputReader::Open(std::vector<std::string> paths,
                                               const InputOptions& options) {
  return std::make_unique<Reader>(std::move(paths), options);
}

}  // namespace rasd
