#include "io/archive.h"

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <string_view>

#include "io/decode.h"

namespace rasd {
namespace {

std::string ErrorText(struct archive* a) {
  const char* e = archive_error_string(a);
  return e != nullptr ? e : "unknown archive error";
}

// True for members to pass over: hidden files and folders, macOS forks.
bool IsHidden(std::string_view path) {
  if (path.starts_with("__MACOSX/")) return true;
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start && path[start] == '.') return true;
    start = slash + 1;
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::Open(
    const std::string& path, Container kind) {
  struct archive* a = archive_read_new();
  if (a == nullptr) return Status::Internal("libarchive: out of memory");
  archive_read_support_filter_all(a);
  if (kind == Container::kTar) {
    archive_read_support_format_all(a);
  } else {
    archive_read_support_format_raw(a);
    archive_read_support_format_empty(a);
  }
  if (archive_read_open_filename(a, path.c_str(), 64 * 1024) != ARCHIVE_OK) {
    Status s = Status::IoError(ErrorText(a));
    archive_read_free(a);
    return s;
  }
  return std::unique_ptr<ArchiveReader>(new ArchiveReader(a, kind));
}

ArchiveReader::~ArchiveReader() { archive_read_free(a_); }

uint64_t ArchiveReader::bytes_read() const {
  const la_int64_t n = archive_filter_bytes(a_, -1);
  return n > 0 ? static_cast<uint64_t>(n) : 0;
}

bool ArchiveReader::NextEntry(std::string* member, int64_t* size,
                              Status* error) {
  *error = Status::Ok();
  while (!failed_) {
    struct archive_entry* e = nullptr;
    const int r = archive_read_next_header(a_, &e);
    if (r == ARCHIVE_EOF) return false;
    if (r < ARCHIVE_WARN) {
      failed_ = true;
      *error = Status::BadInput(ErrorText(a_));
      return false;
    }
    if (kind_ == Container::kCompressed) {
      member->clear();
      *size = -1;
      return true;
    }
    if (archive_entry_filetype(e) != AE_IFREG) continue;
    const char* name = archive_entry_pathname_utf8(e);
    if (name == nullptr) name = archive_entry_pathname(e);
    std::string_view path = name != nullptr ? name : "";
    while (path.starts_with("./")) path.remove_prefix(2);
    if (path.empty() || IsHidden(path)) continue;
    RepairUtf8(path, member);
    *size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
    return true;
  }
  return false;
}

Result<size_t> ArchiveReader::EntrySource::Read(char* buf, size_t n) {
  if (owner_->failed_) return Status::IoError("archive already failed");
  while (true) {
    const la_ssize_t got = archive_read_data(owner_->a_, buf, n);
    if (got >= 0) return static_cast<size_t>(got);
    if (got == ARCHIVE_WARN) continue;
    if (got == ARCHIVE_RETRY) continue;
    owner_->failed_ = true;
    return Status::IoError(ErrorText(owner_->a_));
  }
}

}  // namespace rasd
