// Project store: storing one million per-record scores, and opening a project that holds 100 runs.
#include "BenchUtil.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <random>

using namespace privaudit;

namespace {

project::RunOutcome outcome(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    project::RunOutcome o;
    project::RunOutcome::Result r;
    r.attack = QStringLiteral("lira");
    r.metricsJson = R"({"auc":0.6})";
    r.scores.scores.resize(n);
    r.scores.members.resize(n);
    r.scores.rowIds.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        r.scores.scores[i] = normal(rng);
        r.scores.members[i] = i % 2 == 0;
        r.scores.rowIds[i] = std::int64_t(i);
    }
    o.results.push_back(std::move(r));
    return o;
}

std::int64_t beginRun(project::ProjectStore& store, int i)
{
    project::RunRecord run;
    run.name = QStringLiteral("run %1").arg(i);
    run.kind = QStringLiteral("membership-inference");
    run.specJson = R"({"schema_version":1})";
    return store.beginRun(run).value();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    bench::header("Project store (SQLite, WAL, synchronous=FULL)");

    int k = 0;
    const auto big = outcome(1000000, 1);
    auto store =
        project::ProjectStore::create(dir.filePath(QStringLiteral("big.privaudit")), QStringLiteral("big"))
            .value();
    const double store1M = bench::medianSeconds(3, [&] {
        const auto id = beginRun(*store, k++);
        if (const QString err = store->completeRun(id, big, 1.0); !err.isEmpty())
            qFatal("%s", qPrintable(err));
    });
    bench::report("store 1,000,000 per-record scores (encode, hash, one transaction)", store1M, "s", "< 1 s");
    const double read1M = bench::medianSeconds(3, [&] {
        if (store->scores(store->results(1)->front().id)->scores.size() != 1000000) qFatal("wrong size");
    });
    bench::report("read them back", read1M, "s", "-");
    store.reset();

    // 100 completed runs with 3 results of 10,000 scores each, like a busy project.
    const QString path = dir.filePath(QStringLiteral("hundred.privaudit"));
    {
        auto s = project::ProjectStore::create(path, QStringLiteral("hundred")).value();
        const auto small = outcome(10000, 2);
        project::RunOutcome three = small;
        three.results.push_back(small.results[0]);
        three.results.push_back(small.results[0]);
        for (int i = 0; i < 100; ++i)
            s->completeRun(beginRun(*s, i), three, 1.0);
    }
    std::size_t runs = 0;
    const double open100 = bench::medianSeconds(5, [&] {
        auto s = project::ProjectStore::open(path).value();
        runs += s->runs()->size() + std::size_t(s->info()->results);
    });
    bench::report("open a project with 100 runs (open, info, list runs)", open100 * 1000, "ms", "< 200 ms");
    double verify = bench::medianSeconds(1, [&] {
        if (!project::ProjectStore::open(path).value()->verify().ok) qFatal("verify failed");
    });
    bench::report("verify it (integrity check, audit chain, 300 result hashes)", verify, "s", "-");
    // Every write checks the last seal first and seals the content after (ProjectStore::stateSeal).
    int answer = 0;
    auto writer = project::ProjectStore::open(path).value();
    const double write = bench::medianSeconds(9, [&] {
        if (!writer
                 ->setAssessmentValue(QStringLiteral("bench.answer"),
                                      QByteArray("{\"n\":") + QByteArray::number(++answer) + '}')
                 .isEmpty())
            qFatal("write failed");
    });
    bench::report("one audited write in it (an answer: check the seal, write, seal)", write * 1000, "ms",
                  "< 50 ms");
    return runs > 0 ? 0 : 1;
}
