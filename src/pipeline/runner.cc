// Ordered parallel analysis. Items live in a ring of `window` slots indexed
// by sequence number modulo the window. The reader fills slot s only when
// the consumer has released item s - window; workers claim filled slots in
// sequence order and mark them done; the consumer takes slot `next` once it
// is done. One mutex guards the ring; three condition variables wake the
// reader (space), the workers (work) and the consumer (done).
#include "pipeline/runner.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rasd {
namespace {

using Sink = std::function<bool(InputItem&, std::string&)>;

void Analyse(const Pipeline& pipeline, const RenderFn& render, InputItem& item,
             std::string* rendered) {
  rendered->clear();
  if (!item.ok) return;
  Status s = pipeline.Run(&item.doc);
  if (!s.ok()) {
    item.ok = false;
    item.error = s;
    return;
  }
  if (render) render(item, rendered);
}

class OrderedRun {
 public:
  OrderedRun(InputReader& reader, const Pipeline& pipeline,
             const RenderFn& render, int threads, int window)
      : reader_(reader),
        pipeline_(pipeline),
        render_(render),
        threads_(threads),
        slots_(window) {}

  void Run(const Sink& sink) {
    std::thread reader([this] { ReadAll(); });
    std::vector<std::thread> workers;
    for (int i = 0; i < threads_; ++i) workers.emplace_back([this] { Work(); });
    Consume(sink);
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    space_.notify_all();
    work_.notify_all();
    reader.join();
    for (auto& w : workers) w.join();
  }

 private:
  enum class State { kEmpty, kFilled, kBusy, kDone };
  struct Slot {
    State state = State::kEmpty;
    InputItem item;
    std::string rendered;
  };
  Slot& At(uint64_t seq) { return slots_[seq % slots_.size()]; }

  void ReadAll() {
    for (;;) {
      InputItem item;
      if (!reader_.Next(&item)) break;
      std::unique_lock<std::mutex> lock(mu_);
      space_.wait(lock,
                  [&] { return stop_ || read_ < next_out_ + slots_.size(); });
      if (stop_) return;
      Slot& slot = At(read_++);
      slot.item = std::move(item);
      slot.state = State::kFilled;
      work_.notify_one();
    }
    std::lock_guard<std::mutex> lock(mu_);
    eof_ = true;
    work_.notify_all();
    done_.notify_all();
  }

  void Work() {
    for (;;) {
      std::unique_lock<std::mutex> lock(mu_);
      work_.wait(lock, [&] { return stop_ || claimed_ < read_ || eof_; });
      if (stop_ || (claimed_ >= read_ && eof_)) return;
      const uint64_t seq = claimed_++;
      Slot& slot = At(seq);
      slot.state = State::kBusy;
      InputItem item = std::move(slot.item);
      std::string rendered = std::move(slot.rendered);
      lock.unlock();
      Analyse(pipeline_, render_, item, &rendered);
      lock.lock();
      slot.item = std::move(item);
      slot.rendered = std::move(rendered);
      slot.state = State::kDone;
      if (seq == next_out_) done_.notify_one();
    }
  }

  void Consume(const Sink& sink) {
    std::string rendered;
    for (;;) {
      std::unique_lock<std::mutex> lock(mu_);
      done_.wait(lock, [&] {
        return At(next_out_).state == State::kDone ||
               (eof_ && next_out_ == read_);
      });
      if (next_out_ == read_ && eof_) return;
      Slot& slot = At(next_out_);
      InputItem item = std::move(slot.item);
      std::swap(rendered, slot.rendered);  // the slot keeps a buffer
      slot.state = State::kEmpty;
      ++next_out_;
      space_.notify_one();
      lock.unlock();
      if (!sink(item, rendered)) return;
    }
  }

  InputReader& reader_;
  const Pipeline& pipeline_;
  const RenderFn& render_;
  const int threads_;
  std::vector<Slot> slots_;
  std::mutex mu_;
  std::condition_variable space_, work_, done_;
  uint64_t read_ = 0, claimed_ = 0, next_out_ = 0;
  bool eof_ = false, stop_ = false;
};

}  // namespace

void RunInOrder(InputReader& reader, const Pipeline& pipeline,
                const RunnerOptions& options, const Sink& sink) {
  if (options.threads <= 1) {
    InputItem item;
    std::string rendered;
    while (reader.Next(&item)) {
      Analyse(pipeline, options.render, item, &rendered);
      if (!sink(item, rendered)) return;
      item = InputItem();
    }
    return;
  }
  const int window = options.window > 0 ? options.window : 16 * options.threads;
  OrderedRun(reader, pipeline, options.render, options.threads, window)
      .Run(sink);
}

void RunInOrder(InputReader& reader, const Pipeline& pipeline,
                const RunnerOptions& options,
                const std::function<bool(InputItem&)>& sink) {
  RunnerOptions plain = options;
  plain.render = nullptr;
  RunInOrder(reader, pipeline, plain,
             [&](InputItem& item, std::string&) { return sink(item); });
}

}  // namespace rasd
