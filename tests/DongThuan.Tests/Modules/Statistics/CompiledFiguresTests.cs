using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Statistics;

/// <summary>
/// The figures' queries run compiled, with the scope as their parameters (ADR 0042): every registered statistic
/// compiles and runs on this database, a compiled query answers as the query it came from does for any scope, and a
/// query that reads a value worked out from the scope, or keeps the context, is run as built rather than compiled.
/// The figures themselves are checked against hand-counted ones in <c>AnnualReviewTests</c>.
/// </summary>
public abstract class CompiledFiguresTests
{
    private readonly AppFactory _app;

    protected CompiledFiguresTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task Every_registered_statistic_compiles_and_all_of_them_run_as_one_compiled_query()
    {
        var ids = await DemoIds.LoadAsync(_app);
        await _app.WithDb(async (db, services) =>
        {
            var figures = services.GetRequiredService<Figures>();
            Assert.Empty(figures.Uncompiled());
            // Every statistic in one UNION ALL, compiled: a branch this database cannot translate would throw here.
            var all = await figures.SnapshotAsync(StatisticScope.Year(ids.Council, ids.District, 2022, new DateOnly(2026, 12, 6)), null, CancellationToken.None);
            Assert.Equal(figures.Catalogue.All.Count, all.Count);
            Assert.Equal(162, all[PetitionsStatistics.Received].Count);
            return 0;
        });
    }

    [Fact]
    public async Task A_compiled_query_answers_as_its_source_for_each_scope_and_a_value_worked_out_beforehand_is_not_frozen()
    {
        var ids = await DemoIds.LoadAsync(_app);
        await _app.WithDb(async (db, _) =>
        {
            IQueryable<Guid> Inline(StatisticScope s) =>
                db.Set<Petition>().Where(p => p.CouncilId == s.CouncilId && p.ReceivedOn.Year == s.From.Year && p.ReceivedOn <= s.To).Select(p => p.Id);
            var compiled = CompiledQueries.Compile(Inline);
            Assert.NotNull(compiled);
            async Task<List<Guid>> RunAsync(StatisticScope scope)
            {
                var got = new List<Guid>();
                await foreach (var id in compiled(db, scope))
                {
                    got.Add(id);
                }

                return [.. got.Order()];
            }

            // The demo's district council over three years, and a ward's council this year (its petitions of today): one
            // compiled query, each scope's own records.
            var ward = await db.Set<DongThuan.Web.Modules.Organisation.Body>()
                .Where(b => b.Kind == DongThuan.Web.Modules.Organisation.BodyKind.Council && b.Id != ids.Council).Select(b => new { b.Id, b.UnitId }).FirstAsync();
            var thisYear = DongThuan.Web.Infrastructure.Localization.VietnamTime.Today(TimeProvider.System).Year;
            var scopes = new[] { 2021, 2022, 2023, thisYear }.Select(y => StatisticScope.Year(ids.Council, ids.District, y, new DateOnly(2026, 12, 6)))
                .Append(StatisticScope.Year(ward.Id, ward.UnitId, thisYear, new DateOnly(2026, 12, 6))).ToList();
            var lists = new List<List<Guid>>();
            foreach (var scope in scopes)
            {
                var expected = await Inline(scope).OrderBy(x => x).ToListAsync();
                Assert.Equal(expected, await RunAsync(scope));
                lists.Add(expected);
            }

            Assert.NotEmpty(lists[1]);
            Assert.NotEmpty(lists[^1]);
            Assert.Empty(lists[^1].Intersect(lists[^2]));

            // The year is read before the query is written: the tree holds 2001 or 2002 (the stand-ins'), not a parameter.
            Assert.Null(CompiledQueries.Compile(s =>
            {
                var year = s.From.Year;
                return db.Set<Petition>().Where(p => p.ReceivedOn.Year == year).Select(p => p.Id);
            }));
            // A whole scope handed to the tree cannot be a parameter either.
            Assert.Null(CompiledQueries.Compile(s => db.Set<Petition>().Where(p => p.CouncilId == s.CouncilId).Select(p => s)));
            // A set asked of the context inside a lambda is read at once; the context itself left in the tree is refused,
            // since whichever request ran the query first would read the compiling request's context.
            var withSet = CompiledQueries.Compile(s =>
                db.Set<Petition>().Where(p => db.Set<DongThuan.Web.Modules.Organisation.Body>().Any(b => b.Id == p.CouncilId && b.Id == s.CouncilId)).Select(p => p.Id));
            Assert.NotNull(withSet);
            var ofCouncil = 0;
            await foreach (var id in withSet(db, StatisticScope.Year(ids.Council, ids.District, 2022, new DateOnly(2026, 12, 6))))
            {
                ofCouncil++;
            }

            Assert.Equal(await db.Set<Petition>().CountAsync(p => p.CouncilId == ids.Council), ofCouncil);
            Assert.Null(CompiledQueries.Compile(s => db.Set<Petition>().Where(p => p.CouncilId == s.CouncilId).Select(p => db)));
            return 0;
        });
    }
}

public sealed class CompiledFiguresTestsOnSqlite(SqliteApp app) : CompiledFiguresTests(app), IClassFixture<SqliteApp>;

public sealed class CompiledFiguresTestsOnPostgres(PostgresApp app) : CompiledFiguresTests(app), IClassFixture<PostgresApp>;
