// Expanding input paths into the files to read, lazily and in a fixed
// order.
//
// Paths are taken in the order given; "-" stands for stdin. A directory
// expands to its files recursively, each directory's entries in byte order
// of their names, depth first. Inside directories, hidden entries (names
// starting with "."), symbolic links to directories (they can loop) and
// special files are passed over; paths named explicitly are always used.
// Only the names of the directories being walked are held in memory.
// Thread-safety: one walker per thread.
#ifndef RASD_IO_WALK_H_
#define RASD_IO_WALK_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "rasd/status.h"

namespace rasd {

struct WalkEntry {
  std::string path;  // a file to read ("-" for stdin)
  Status error;      // when not ok: "PATH: reason", and no path
};

class PathWalker {
 public:
  explicit PathWalker(std::vector<std::string> roots)
      : roots_(std::move(roots)) {}

  // The next file or error; false when the walk is over.
  bool Next(WalkEntry* entry);

 private:
  struct Frame {
    std::vector<std::filesystem::path> entries;
    size_t next = 0;
  };
  // Pushes the sorted, visible entries of `dir`.
  Status Descend(const std::filesystem::path& dir);
  // Classifies a path met inside a directory: true if *entry is filled.
  bool Visit(const std::filesystem::path& p, WalkEntry* entry);

  std::vector<std::string> roots_;
  size_t next_root_ = 0;
  std::vector<Frame> stack_;
};

// The sum of the sizes of the regular files a walk of `roots` yields.
uint64_t TotalBytes(const std::vector<std::string>& roots);

}  // namespace rasd

#endif  // RASD_IO_WALK_H_
