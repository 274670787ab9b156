#pragma once

#include "core/model/jobs.h"
#include "core/model/poolhandoff.h"
#include "core/model/result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace vd {

// A provider job whose work runs on the global QThreadPool and whose result is delivered back on
// the job's own thread (through a PoolHandoff owned by the job, so a job deleted meanwhile
// simply never hears of it). The work receives a cancellation flag and should check it between
// chunks; cancel() sets it and the job finishes `cancelled` at once, dropping the late result.
//
// Template rather than a QObject of its own: it adds no signals, so the offline plugins share it
// as a header without each carrying a copy of a meta-object.
template <typename Base, typename T> class BackgroundJob : public Base
{
public:
    using Work = std::function<Result<T>(const std::atomic_bool& cancelled)>;

    explicit BackgroundJob(Work work, QObject* parent = nullptr) : Base(parent), m_work(std::move(work)) {}
    ~BackgroundJob() override { m_cancelled->store(true); }

protected:
    // Stores a successful result in the job, on the job's thread, just before `finished`.
    virtual void store(T&& value) = 0;

    void doStart() override
    {
        // The work holds its own references: it may outlive the job after a cancel. A late result
        // of a cancelled (or aborted) job is dropped before store(), which may emit pcmChunk: a
        // stopped request must not start playing.
        m_handoff.run([work = m_work, cancelled = m_cancelled] { return work(*cancelled); },
                      [this](Result<T> result) {
                          if (m_cancelled->load())
                              return;
                          if (!result) {
                              this->emitError(result.error());
                              return;
                          }
                          store(std::move(result).value());
                          this->emitResult();
                      });
    }

    void doCancel() override { m_cancelled->store(true); }

private:
    Work m_work;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    PoolHandoff m_handoff{this};
};

} // namespace vd
