using System.Linq.Expressions;
using System.Reflection;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DongThuan.Web.Modules.Statistics;

/// <summary>
/// Turns a query built from statistics for one scope into an EF Core compiled query that takes the scope's fields as
/// its parameters (ADR 0042). The statistics' queries are written as ordinary LINQ over a <see cref="StatisticScope"/>
/// (<see cref="Statistic.Records"/>); here the query is built for a stand-in scope, and every place its tree reads
/// a field of that stand-in becomes the compiled query's parameter for the field.
/// </summary>
internal static class CompiledQueries
{
    /// <summary>
    /// The compiled query, or null when the query reads the scope in a way a parameter cannot stand for: the scope
    /// read whole, or a value worked out from it before the query was written (<c>var year = s.From.Year</c>, then
    /// <c>year</c> in the query), a plain value in the tree that would be frozen at the stand-in's. The latter is found
    /// by building the query for two stand-ins that differ in every field: once their fields are parameters, the two
    /// trees must be the same.
    /// </summary>
    public static Func<DongThuanDb, StatisticScope, IAsyncEnumerable<T>>? Compile<T>(Func<StatisticScope, IQueryable<T>> build)
    {
        // One parameter per field: EF Core leaves a member of a parameter untranslated ("@scope.From"), so the scope
        // is passed field by field, each of a type SQL knows.
        var fields = new[]
        {
            Expression.Parameter(typeof(Guid), nameof(StatisticScope.CouncilId)), Expression.Parameter(typeof(Guid), nameof(StatisticScope.UnitId)),
            Expression.Parameter(typeof(DateOnly), nameof(StatisticScope.From)), Expression.Parameter(typeof(DateOnly), nameof(StatisticScope.To)),
            Expression.Parameter(typeof(DateOnly), nameof(StatisticScope.Today)),
        };
        var one = new Parameterise(StandIn(1), fields);
        var other = new Parameterise(StandIn(2), fields);
        var body = one.Visit(build(one.StandIn).Expression);
        var check = other.Visit(build(other.StandIn).Expression);
        if (Holds<StatisticScope>(body) || Holds<DbContext>(body) || !ExpressionEqualityComparer.Instance.Equals(body, check))
        {
            return null;
        }

        var context = Expression.Parameter(typeof(DongThuanDb), "db");
        var query = EF.CompileAsyncQuery(
            Expression.Lambda<Func<DongThuanDb, Guid, Guid, DateOnly, DateOnly, DateOnly, IQueryable<T>>>(body, [context, .. fields]));
        return (db, s) => query(db, s.CouncilId, s.UnitId, s.From, s.To, s.Today);
    }

    /// <summary>
    /// Whether the tree still holds a value of this type. A context left in the tree (a query that calls a method of the
    /// context other than <c>Set</c>) would be the context of the request that compiled it, read again by whichever
    /// request runs the query first, while its own request may still be using it.
    /// </summary>
    private static bool Holds<TValue>(Expression tree)
    {
        var finder = new Finder<TValue>();
        finder.Visit(tree);
        return finder.Found;
    }

    private sealed class Finder<TValue> : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Found |= node.Value is TValue;
            return node;
        }
    }

    private static StatisticScope StandIn(int n) =>
        new(new Guid(n, 0, 0, new byte[8]), new Guid(n, 1, 0, new byte[8]), new DateOnly(1900 + n, n, n), new DateOnly(1950 + n, n, n), new DateOnly(1990 + n, n, n));

    /// <summary>
    /// Reads every value the tree captured (the closures of the lambdas that wrote it), so the tree holds values, not
    /// closures: each field of the stand-in scope becomes its parameter, a captured query (a set, a subquery kept in a
    /// variable) is inlined and read in its turn, and anything else becomes a constant of its value.
    /// </summary>
    private sealed class Parameterise(StatisticScope standIn, ParameterExpression[] fields) : ExpressionVisitor
    {
        public StatisticScope StandIn => standIn;

        protected override Expression VisitMember(MemberExpression node)
        {
            var inner = node.Expression is null ? null : Visit(node.Expression);
            if (inner is not null and not ConstantExpression)
            {
                return node.Update(inner);
            }

            var owner = (inner as ConstantExpression)?.Value;
            if (ReferenceEquals(owner, standIn) && fields.FirstOrDefault(f => f.Name == node.Member.Name) is { } field)
            {
                return field;
            }

            var value = node.Member switch
            {
                FieldInfo f => f.GetValue(owner),
                PropertyInfo p => p.GetValue(owner),
                _ => throw new NotSupportedException(node.Member.GetType().Name),
            };

            // The stand-in itself read whole (handed to a method, projected) stays a constant, which Compile refuses.
            return value is IQueryable query ? Visit(query.Expression) : Expression.Constant(value, node.Type);
        }

        /// <summary>A set asked of the context (<c>db.Set&lt;T&gt;()</c>) is read now, so the tree keeps the set, not the context.</summary>
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node is { Method.Name: nameof(DbContext.Set), Arguments.Count: 0, Object: not null } && Visit(node.Object) is ConstantExpression { Value: DbContext context }
                && node.Method.Invoke(context, null) is IQueryable set)
            {
                return Visit(set.Expression);
            }

            return base.VisitMethodCall(node);
        }
    }
}
