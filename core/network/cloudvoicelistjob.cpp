#include "core/network/cloudvoicelistjob.h"

namespace vd {

void CloudVoiceListJob::doStart()
{
    if (!m_documented) {
        CloudCallJob::doStart();
        return;
    }
    setVoices(*m_documented);
    emitResult();
}

} // namespace vd
