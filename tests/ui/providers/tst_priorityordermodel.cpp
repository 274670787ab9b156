#include "core/registry/providerregistry.h"
#include "ui/providers/priorityordermodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace vd;

namespace {

ProviderDefinition definition(const QString& name, ProviderCategory category, int priority,
                              bool enabled = true)
{
    ProviderDefinition result;
    result.info.name = name;
    result.info.category = category;
    result.info.priority = priority;
    result.info.enabled = enabled;
    result.info.description = name + QStringLiteral(" for tests");
    result.create = [](const ProviderContext&) { return std::unique_ptr<Provider>(); };
    result.origin = QStringLiteral("builtin");
    return result;
}

} // namespace

// The priority list's model alone: one move path for keys and drops, the check box, and the
// registry's changes, against a registry of stand-in providers.
class TestPriorityOrderModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<PriorityOrderModel> m_model;

    const QStringList kAbcd{"a", "b", "c", "d"};

private Q_SLOTS:
    void init()
    {
        m_registry = std::make_unique<ProviderRegistry>();
        QVERIFY(m_registry->registerProvider(definition("c", ProviderCategory::Stt, 30)).hasValue());
        QVERIFY(m_registry->registerProvider(definition("a", ProviderCategory::Stt, 10)).hasValue());
        QVERIFY(m_registry->registerProvider(definition("d", ProviderCategory::Stt, 40, false)).hasValue());
        QVERIFY(m_registry->registerProvider(definition("b", ProviderCategory::Stt, 20)).hasValue());
        QVERIFY(m_registry->registerProvider(definition("t", ProviderCategory::Tts, 10)).hasValue());
        m_model = std::make_unique<PriorityOrderModel>(*m_registry, ProviderCategory::Stt);
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_registry.reset();
    }

    void listsItsCategoryInPriorityOrderDisabledIncluded()
    {
        QCOMPARE(m_model->names(), kAbcd);
        QCOMPARE(m_model->index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(m_model->index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(m_model->index(0).data(PriorityOrderModel::NameRole).toString(), QStringLiteral("a"));
    }

    void keyboardMoves_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("up");
        QTest::addColumn<bool>("moved");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("second up") << 1 << true << true << QStringList{"b", "a", "c", "d"};
        QTest::newRow("last up") << 3 << true << true << QStringList{"a", "b", "d", "c"};
        QTest::newRow("first down") << 0 << false << true << QStringList{"b", "a", "c", "d"};
        QTest::newRow("third down") << 2 << false << true << QStringList{"a", "b", "d", "c"};
        QTest::newRow("first up: refused") << 0 << true << false << kAbcd;
        QTest::newRow("last down: refused") << 3 << false << false << kAbcd;
        QTest::newRow("no row: refused") << -1 << true << false << kAbcd;
    }

    void keyboardMoves()
    {
        QFETCH(int, row);
        QFETCH(bool, up);
        QFETCH(bool, moved);
        QFETCH(QStringList, order);
        QSignalSpy edited(m_model.get(), &PriorityOrderModel::orderEdited);
        QCOMPARE(up ? m_model->moveUp(row) : m_model->moveDown(row), moved);
        QCOMPARE(m_model->names(), order);
        QCOMPARE(edited.count(), moved ? 1 : 0);
        if (moved) {
            QCOMPARE(edited.at(0).at(0).value<ProviderCategory>(), ProviderCategory::Stt);
            QCOMPARE(edited.at(0).at(1).toStringList(), order);
        }
    }

    void dropsMoveTheDraggedProviders_data()
    {
        QTest::addColumn<QList<int>>("dragged");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("ontoRow"); // parent row when row is -1 (dropped onto an item)
        QTest::addColumn<QStringList>("order");
        QTest::newRow("last to top") << QList<int>{3} << 0 << -1 << QStringList{"d", "a", "b", "c"};
        QTest::newRow("first to end") << QList<int>{0} << 4 << -1 << QStringList{"b", "c", "d", "a"};
        QTest::newRow("first below second") << QList<int>{0} << 2 << -1 << QStringList{"b", "a", "c", "d"};
        QTest::newRow("after the list (row -1)")
            << QList<int>{1} << -1 << -1 << QStringList{"a", "c", "d", "b"};
        QTest::newRow("onto an item") << QList<int>{3} << -1 << 1 << QStringList{"a", "d", "b", "c"};
        QTest::newRow("two, kept together") << QList<int>{0, 2} << 4 << -1 << QStringList{"b", "d", "a", "c"};
        QTest::newRow("two upwards") << QList<int>{3, 1} << 0 << -1 << QStringList{"b", "d", "a", "c"};
    }

    void dropsMoveTheDraggedProviders()
    {
        QFETCH(QList<int>, dragged);
        QFETCH(int, row);
        QFETCH(int, ontoRow);
        QFETCH(QStringList, order);
        QModelIndexList indexes;
        for (int r : dragged)
            indexes << m_model->index(r);
        std::unique_ptr<QMimeData> data(m_model->mimeData(indexes));
        QVERIFY(data->hasFormat(PriorityOrderModel::kMimeType));
        const QModelIndex parent = ontoRow >= 0 ? m_model->index(ontoRow) : QModelIndex();
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QSignalSpy edited(m_model.get(), &PriorityOrderModel::orderEdited);
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QCOMPARE(m_model->names(), order);
        QCOMPARE(edited.count(), 1); // one save for one drop, however many rows moved
        QCOMPARE(edited.at(0).at(1).toStringList(), order);
        // A view removes the source rows after a move; nothing may be lost by that.
        QVERIFY(!m_model->removeRows(0, 1));
        QCOMPARE(m_model->rowCount(), 4);
    }

    void dropOntoItselfChangesNothing()
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(1)}));
        QSignalSpy edited(m_model.get(), &PriorityOrderModel::orderEdited);
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
        QCOMPARE(m_model->names(), kAbcd);
        QCOMPARE(edited.count(), 0);
    }

    void anotherCategorysProvidersCannotBeDropped()
    {
        PriorityOrderModel tts(*m_registry, ProviderCategory::Tts);
        std::unique_ptr<QMimeData> data(tts.mimeData({tts.index(0)}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QMimeData text;
        text.setText(QStringLiteral("a"));
        QVERIFY(!m_model->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
        std::unique_ptr<QMimeData> own(m_model->mimeData({m_model->index(0)}));
        QVERIFY(!m_model->canDropMimeData(own.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(m_model->names(), kAbcd);
    }

    void checkBoxReportsTheEnabledEdit()
    {
        QSignalSpy edited(m_model.get(), &PriorityOrderModel::enabledEdited);
        QVERIFY(m_model->setData(m_model->index(3), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("d"));
        QCOMPARE(edited.at(0).at(1).toBool(), true);
        QVERIFY(m_model->setData(m_model->index(3), Qt::Checked, Qt::CheckStateRole)); // no change
        QCOMPARE(edited.count(), 1);
        QVERIFY(!m_model->setData(m_model->index(3), QStringLiteral("x"), Qt::EditRole));
    }

    void followsTheRegistryOrderUnlessEditsAreHeld()
    {
        QVERIFY(m_registry->applyOrder(ProviderCategory::Stt, {"c", "a"}).hasValue());
        QCOMPARE(m_model->names(), (QStringList{"c", "a", "b", "d"}));

        QVERIFY(m_model->moveUp(3)); // the user's edit, not saved yet
        QVERIFY(m_model->setData(m_model->index(0), Qt::Unchecked, Qt::CheckStateRole));
        m_model->setHoldEdits(true);
        QVERIFY(m_registry->setPriority("b", 1));
        m_model->setBadgeSource([](const ProviderInfo& info) {
            ProviderBadge badge;
            badge.status = info.name == QLatin1String("c") ? HealthStatus::Healthy : HealthStatus::Unknown;
            return badge;
        }); // badges still follow while the order is held
        QCOMPARE(m_model->names(), (QStringList{"c", "a", "d", "b"}));
        QCOMPARE(m_model->index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(m_model->index(0).data(PriorityOrderModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Healthy));

        m_model->setHoldEdits(false);
        m_model->refresh();
        QCOMPARE(m_model->names().first(), QStringLiteral("b"));
        QCOMPARE(m_model->index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    }

    void badgeSourceFeedsTheBadgeRoles()
    {
        m_model->setBadgeSource([](const ProviderInfo& info) {
            ProviderBadge badge;
            badge.configured = info.name != QLatin1String("b");
            badge.status = HealthStatus::Healthy;
            return badge;
        });
        QCOMPARE(m_model->index(1).data(PriorityOrderModel::BadgeShortRole).toString(),
                 QStringLiteral("Not configured"));
        QCOMPARE(m_model->index(0).data(PriorityOrderModel::BadgeShortRole).toString(),
                 QStringLiteral("Healthy"));
        QVERIFY(m_model->index(0).data(Qt::DisplayRole).toString().contains(QStringLiteral("Healthy")));
        QVERIFY(m_model->index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("a for tests")));
    }
};

QTEST_MAIN(TestPriorityOrderModel)
#include "tst_priorityordermodel.moc"
