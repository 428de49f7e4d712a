using System.Text;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Popolo;

/// <summary>
/// Open Civic Data division ids for Vietnamese units: <c>ocd-division/country:vn/tinh:ha_noi/xa:cau_giay</c>. Each step is
/// a tier (tinh, huyen, xa) and the place name folded to lowercase ASCII with underscores, as OCD ids are written; a
/// unit's id follows its parents, so the same ward under the same city always gets the same id.
/// </summary>
public static class Divisions
{
    public static string IdOf(Unit unit, IReadOnlyDictionary<Guid, Unit> units)
    {
        var steps = new List<string>();
        Unit? at = unit;
        for (var depth = 0; at is not null && depth < 6; depth++)
        {
            steps.Add($"{Tier(at.Level)}:{Slug(at.PlaceName.Length > 0 ? at.PlaceName : at.Name)}");
            at = at.ParentId is { } parent ? units.GetValueOrDefault(parent) : null;
        }

        steps.Reverse();
        return "ocd-division/country:vn/" + string.Join('/', steps);
    }

    private static string Tier(UnitLevel level) => level switch
    {
        UnitLevel.Province => "tinh",
        UnitLevel.District => "huyen",
        _ => "xa",
    };

    /// <summary>"Cầu Giấy" → "cau_giay": the characters OCD allows (lowercase letters, digits, _ . ~ -).</summary>
    public static string Slug(string name)
    {
        var folded = VietnameseText.Fold(name);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            slug.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '~' or '-' ? c : '_');
        }

        return slug.ToString().Trim('_');
    }
}
