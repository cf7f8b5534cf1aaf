// Reading tar archives and compressed files member by member (libarchive).
//
// An ArchiveReader streams: it never seeks and holds one member's buffer at
// a time. Directories, links, special files and hidden members (any path
// component starting with ".", and __MACOSX/) are passed over. Members come
// in archive order. A compressed single file (.gz, .bz2, .xz) reads as an
// archive of one member with an empty name.
// Thread-safety: one reader per thread.
#ifndef RASD_IO_ARCHIVE_H_
#define RASD_IO_ARCHIVE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "io/detect.h"
#include "io/stream.h"
#include "rasd/status.h"

struct archive;

namespace rasd {

class ArchiveReader {
 public:
  // `kind` is kTar or kCompressed. Errors name no path; the caller adds it.
  static Result<std::unique_ptr<ArchiveReader>> Open(const std::string& path,
                                                     Container kind);
  ~ArchiveReader();
  ArchiveReader(const ArchiveReader&) = delete;
  ArchiveReader& operator=(const ArchiveReader&) = delete;

  // Moves to the next member worth reading. False at the end, or on an
  // error (then *error is set; after a failed entry() read it stays ok, as
  // that read already reported the problem).
  bool NextEntry(std::string* member, int64_t* size, Status* error);
  // The current member's bytes.
  ByteSource* entry() { return &entry_; }
  // Bytes read from the archive file itself (compressed).
  uint64_t bytes_read() const;

 private:
  class EntrySource : public ByteSource {
   public:
    explicit EntrySource(ArchiveReader* owner) : owner_(owner) {}
    Result<size_t> Read(char* buf, size_t n) override;

   private:
    ArchiveReader* owner_;
  };

  ArchiveReader(struct archive* a, Container kind)
      : a_(a), kind_(kind), entry_(this) {}

  struct archive* a_;
  Container kind_;
  EntrySource entry_;
  bool failed_ = false;
};

}  // namespace rasd

#endif  // RASD_IO_ARCHIVE_H_
