#include "io/walk.h"

#include <algorithm>
#include <system_error>

#include "io/decode.h"

namespace rasd {
namespace fs = std::filesystem;

namespace {

std::string Printable(const fs::path& p) {
  std::string out;
  RepairUtf8(p.native(), &out);
  return out;
}

Status PathError(const fs::path& p, const std::error_code& ec) {
  return Status::IoError(Printable(p) + ": " + ec.message());
}

}  // namespace

bool PathWalker::Next(WalkEntry* entry) {
  *entry = WalkEntry();
  while (true) {
    if (!stack_.empty()) {
      Frame& top = stack_.back();
      if (top.next == top.entries.size()) {
        stack_.pop_back();
        continue;
      }
      const fs::path p = top.entries[top.next++];
      if (Visit(p, entry)) return true;
      continue;
    }
    if (next_root_ == roots_.size()) return false;
    const std::string root = roots_[next_root_++];
    if (root == "-") {
      entry->path = root;
      return true;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec) {
      entry->error = PathError(root, ec);
      return true;
    }
    if (!fs::is_directory(st)) {
      entry->path = root;
      return true;
    }
    if (Status s = Descend(root); !s.ok()) {
      entry->error = s;
      return true;
    }
  }
}

bool PathWalker::Visit(const fs::path& p, WalkEntry* entry) {
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(p, ec);
  const fs::file_status st = ec ? link : fs::status(p, ec);
  if (ec) {
    entry->error = PathError(p, ec);
    return true;
  }
  if (fs::is_directory(st)) {
    if (fs::is_symlink(link)) return false;
    if (Status s = Descend(p); !s.ok()) {
      entry->error = s;
      return true;
    }
    return false;
  }
  if (!fs::is_regular_file(st)) return false;
  entry->path = p.string();
  return true;
}

Status PathWalker::Descend(const fs::path& dir) {
  Frame frame;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] != '.') frame.entries.push_back(it->path());
  }
  if (ec) return PathError(dir, ec);
  std::sort(frame.entries.begin(), frame.entries.end(),
            [](const fs::path& a, const fs::path& b) {
              return a.filename().native() < b.filename().native();
            });
  stack_.push_back(std::move(frame));
  return Status::Ok();
}

uint64_t TotalBytes(const std::vector<std::string>& roots) {
  PathWalker walker(roots);
  WalkEntry e;
  uint64_t total = 0;
  while (walker.Next(&e)) {
    if (!e.error.ok() || e.path == "-") continue;
    std::error_code ec;
    if (!fs::is_regular_file(e.path, ec)) continue;
    const uintmax_t size = fs::file_size(e.path, ec);
    if (!ec) total += size;
  }
  return total;
}

}  // namespace rasd
