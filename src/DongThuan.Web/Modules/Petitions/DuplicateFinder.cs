using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Suggests petitions that raise the same matter, by the overlap of their words and word pairs after
/// folding (so "duong Tran Duy Hung ngap" meets "Đường Trần Duy Hưng ngập"). A Dice coefficient over
/// syllables and syllable pairs: pairs reward the same phrases, single syllables the same vocabulary.
/// Common words of petitions ("đề nghị", "của", "các") are left out so they do not make everything alike.
/// </summary>
public static class DuplicateFinder
{
    public const double Threshold = 0.35;

    private static readonly HashSet<string> StopWords =
    [
        "va", "cua", "cac", "la", "co", "cho", "duoc", "trong", "voi", "de", "nghi", "kien", "tai", "nhung", "mot", "nay", "khi", "da", "dang", "se",
        "thi", "ma", "o", "tu", "den", "ve", "theo", "nhu", "khong", "can", "nguoi", "dan", "cu", "tri", "phuong", "quan", "ubnd", "hdnd",
    ];

    public sealed record Match(Guid Id, double Score);

    public static HashSet<string> Shingles(string folded)
    {
        var words = VietnameseText.Words(folded).Where(w => !StopWords.Contains(w)).ToList();
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            set.Add(words[i] + " " + words[i + 1]);
        }

        return set;
    }

    public static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    /// <summary>The candidates most like <paramref name="folded"/>, best first, above the threshold.</summary>
    public static IReadOnlyList<Match> Like(string folded, IEnumerable<(Guid Id, string Folded)> candidates, int take = 5)
    {
        var mine = Shingles(folded);
        return [.. candidates.Select(c => new Match(c.Id, Similarity(mine, Shingles(c.Folded)))).Where(m => m.Score >= Threshold)
            .OrderByDescending(m => m.Score).Take(take)];
    }

    /// <summary>Groups of likely duplicates among many petitions (each petition in at most one group), largest first.</summary>
    public static IReadOnlyList<IReadOnlyList<Guid>> Groups(IReadOnlyList<(Guid Id, string Folded)> items)
    {
        var shingles = items.Select(i => Shingles(i.Folded)).ToList();
        var taken = new bool[items.Count];
        var groups = new List<IReadOnlyList<Guid>>();
        for (var i = 0; i < items.Count; i++)
        {
            if (taken[i])
            {
                continue;
            }

            var group = new List<Guid> { items[i].Id };
            for (var j = i + 1; j < items.Count; j++)
            {
                if (!taken[j] && Similarity(shingles[i], shingles[j]) >= Threshold)
                {
                    taken[j] = true;
                    group.Add(items[j].Id);
                }
            }

            if (group.Count > 1)
            {
                taken[i] = true;
                groups.Add(group);
            }
        }

        return [.. groups.OrderByDescending(g => g.Count)];
    }
}
