using System.Linq.Expressions;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// How a work list's column headings sort it: a click sorts by the column (titles and deadlines first from the start,
/// dates from the newest), a second click on the same heading turns the order round; the heading says how it stands.
/// </summary>
public static class ListOrder
{
    /// <summary>Whether the heading of <paramref name="column"/> links to the ascending order.</summary>
    public static bool NextAscending<T>(T current, bool ascending, T column, bool ascendingFirst)
        where T : struct, Enum => EqualityComparer<T>.Default.Equals(current, column) ? !ascending : ascendingFirst;

    /// <summary>The heading's aria-sort value: only the column the list is sorted by has one.</summary>
    public static string? AriaSort<T>(T current, bool ascending, T column)
        where T : struct, Enum => EqualityComparer<T>.Default.Equals(current, column) ? (ascending ? "ascending" : "descending") : null;

    /// <summary>Orders a list's query by one column, either way round: one line per column instead of two.</summary>
    public static IOrderedQueryable<T> By<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> column, bool ascending) =>
        ascending ? query.OrderBy(column) : query.OrderByDescending(column);
}
