#include "ui/speech/messagebanner.h"

#include <QEnterEvent>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace vd;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::MessageBanner::Level)

namespace {

// A page as the pages build it: content in a layout, the banner a child outside it.
struct Page
{
    QWidget widget;
    QLabel* content = nullptr;
    MessageBanner* banner = nullptr;

    Page()
    {
        auto* layout = new QVBoxLayout(&widget);
        content = new QLabel(QStringLiteral("Content"), &widget);
        layout->addWidget(content);
        layout->addStretch(1);
        banner = new MessageBanner(&widget);
        widget.resize(600, 400);
    }

    // Shows the page with the pointer away from where the banner appears (it keeps a banner
    // under it open).
    void showAwayFromThePointer()
    {
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTest::mouseMove(&widget, QPoint(widget.width() / 2, widget.height() - 5));
    }
};

} // namespace

// MessageBanner: floats over its page instead of pushing it down, closes information by itself
// (after an interval the test shortens: no real waits), keeps warnings and errors, and belongs
// to its page.
class TestMessageBanner : public QObject
{
    Q_OBJECT

private slots:
    void showingAMessageLeavesTheContentWhereItIs()
    {
        Page page;
        page.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page.widget));
        const QPoint before = page.content->pos();

        page.banner->showError(
            QStringLiteral("The provider refused the key. Check it on the Providers page."));
        QCoreApplication::processEvents();

        QVERIFY(page.banner->isVisible());
        QCOMPARE(page.content->pos(), before);
        QVERIFY(page.banner->y() < 20); // at the top of the page
        QVERIFY(page.banner->width() > page.widget.width() * 9 / 10);

        page.widget.resize(800, 400);
        QCoreApplication::processEvents();
        QVERIFY(page.banner->width() > 700); // follows the page's width
    }

    void informationClosesByItself()
    {
        Page page;
        page.showAwayFromThePointer();
        page.banner->setAutoCloseInterval(10ms);
        page.banner->showMessage(MessageBanner::Level::Information, QStringLiteral("Saved the take."));
        QVERIFY(page.banner->isVisible());
        QVERIFY(page.banner->closesByItself());
        QTRY_VERIFY(!page.banner->isVisible());
        QVERIFY(page.banner->text().isEmpty());
    }

    void warningsAndErrorsStayUntilClosed_data()
    {
        QTest::addColumn<MessageBanner::Level>("level");
        QTest::newRow("warning") << MessageBanner::Level::Warning;
        QTest::newRow("error") << MessageBanner::Level::Error;
    }

    void warningsAndErrorsStayUntilClosed()
    {
        QFETCH(MessageBanner::Level, level);
        Page page;
        page.widget.show();
        page.banner->setAutoCloseInterval(10ms);
        page.banner->showMessage(MessageBanner::Level::Information, QStringLiteral("Saved."));
        page.banner->showMessage(level, QStringLiteral("The request failed."));
        QVERIFY(!page.banner->closesByItself()); // the earlier notice's timer went with it
        QVERIFY(page.banner->isVisible());
        page.banner->clearMessage();
        QVERIFY(!page.banner->isVisible());
    }

    void thePointerOnInformationKeepsItOpen()
    {
        Page page;
        page.showAwayFromThePointer();
        page.banner->setAutoCloseInterval(10ms);
        page.banner->showMessage(MessageBanner::Level::Information, QStringLiteral("Exported."));
        const QPointF inside(5, 5);
        QEnterEvent enter(inside, inside, page.banner->mapToGlobal(inside));
        QCoreApplication::sendEvent(page.banner, &enter);
        QVERIFY(!page.banner->closesByItself());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(page.banner, &leave);
        QVERIFY(page.banner->closesByItself());
        QTRY_VERIFY(!page.banner->isVisible());
    }

    void leavingThePageDropsANoticeButKeepsAProblem_data()
    {
        QTest::addColumn<MessageBanner::Level>("level");
        QTest::addColumn<bool>("backAgain");
        QTest::newRow("information") << MessageBanner::Level::Information << false;
        QTest::newRow("warning") << MessageBanner::Level::Warning << true;
        QTest::newRow("error") << MessageBanner::Level::Error << true;
    }

    void leavingThePageDropsANoticeButKeepsAProblem()
    {
        QFETCH(MessageBanner::Level, level);
        QFETCH(bool, backAgain);
        Page page;
        page.widget.show();
        page.banner->showMessage(level, QStringLiteral("Something happened."));
        page.widget.hide();
        QVERIFY(!page.banner->isVisible());
        page.widget.show();
        QCOMPARE(page.banner->isVisible(), backAgain);
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
