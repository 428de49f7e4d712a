using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>One year of a dataset for one council: named columns, rows in the same order, and the records behind them.</summary>
public sealed record DatasetTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyCollection<Guid> RecordIds);

/// <summary>
/// A part of the public record published as data. Each reads through the same public definition its page uses
/// (PublicSessions, PublicQuestions, PublicAnswers, the public supervision and coordination pages), so the data can
/// hold nothing the pages do not show.
/// </summary>
public interface IOpenDataset
{
    /// <summary>The name in the address: <c>/du-lieu-mo/{council}/{year}/{key}.csv</c>.</summary>
    string Key { get; }

    /// <summary>The Vietnamese title (the key of its translation).</summary>
    string Title { get; }

    /// <summary>What one row is, in Vietnamese (the key of its translation).</summary>
    string Description { get; }

    /// <summary>The record types whose audit entries date the dataset's last change.</summary>
    IReadOnlyList<string> RecordTypes { get; }

    Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct);

    Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct);
}

public static class OpenDatasets
{
    public static readonly IReadOnlyList<IOpenDataset> All =
    [
        new SessionsDataset(),
        new DocumentsDataset(),
        new QuestionsDataset(),
        new PetitionAnswersDataset(),
        new SupervisionDataset(),
        new RecommendationsDataset(),
        new CoordinationTasksDataset(),
    ];

    public static IOpenDataset? Find(string key) => All.FirstOrDefault(d => d.Key == key);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
