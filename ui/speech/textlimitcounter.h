#pragma once

#include "core/model/speechtypes.h"

#include <QLabel>

namespace vd {

class ProviderDirectory;

// The live length counter of the Text-to-speech page: "123 / 4096 characters" against a
// provider's TextLimit (characters or UTF-8 bytes). Over the limit it turns red and says by how
// much and whose limit it is, in words the Play button's tooltip reuses.
class TextLimitCounter : public QLabel
{
    Q_OBJECT
public:
    explicit TextLimitCounter(QWidget* parent = nullptr);

    // `owner` names the provider whose limit it is; `automatic` says it is Auto's largest limit.
    void setLimit(const TextLimit& limit, const QString& owner, bool automatic);
    // The largest limit among `providers` (Auto: any of them may answer; one without a limit
    // makes the text unlimited); `automatic` as for setLimit().
    void setLimitOf(ProviderDirectory& directory, const QStringList& providers, bool automatic);
    TextLimit limit() const { return m_limit; }
    // Measures `text` and updates the label.
    void measure(const QString& text);

    bool isOver() const { return m_limit.maximum > 0 && m_used > m_limit.maximum; }
    // Why the text cannot be spoken as it is; empty when it is within the limit.
    QString overReason() const;

private:
    QString amount(int count) const;

    TextLimit m_limit;
    QString m_owner;
    QString m_text;
    int m_used = 0;
    bool m_automatic = false;
};

} // namespace vd
