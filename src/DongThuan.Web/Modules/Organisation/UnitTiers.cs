namespace DongThuan.Web.Modules.Organisation;

/// <summary>
/// The tier word of a unit's name ("quận" in "Quận Cầu Giấy", "xã" in "Xã An Bình", "thành phố" in "Thành phố Hà Nội"),
/// from which documents name the bodies of that unit ("UBND xã", "Các đại biểu HĐND xã") and its Party committee, so that
/// nothing written for a council assumes a district. Where the name carries no tier word the level gives the usual one.
/// </summary>
public static class UnitTiers
{
    // Longest first, so "Thành phố" is not read as something shorter.
    private static readonly string[] Tiers = ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã"];

    /// <summary>"Phường Nghĩa Đô" is dated "Nghĩa Đô, ngày …": the place name is the unit's name without its tier word.</summary>
    public static string PlaceNameOf(string name)
    {
        var trimmed = name.Trim();
        return Tier(trimmed) is { } tier ? trimmed[(tier.Length + 1)..].Trim() : trimmed;
    }

    /// <summary>The tier in lower case, as it stands inside a sentence: "quận", "xã", "thành phố".</summary>
    public static string TierOf(Unit unit) =>
        Tier(unit.Name.Trim())?.ToLowerInvariant() ?? unit.Level switch
        {
            UnitLevel.Province => "tỉnh",
            UnitLevel.District => "huyện",
            _ => "xã",
        };

    /// <summary>The unit's Party committee as a recipient names it: "Quận ủy", "Thị ủy", "Tỉnh ủy", "Thành ủy", "Đảng ủy xã".</summary>
    public static string PartyCommitteeOf(Unit unit)
    {
        var tier = TierOf(unit);
        return unit.Level == UnitLevel.Commune ? $"Đảng ủy {tier}" : tier switch
        {
            "quận" => "Quận ủy",
            "huyện" => "Huyện ủy",
            "thị xã" => "Thị ủy",
            "thành phố" => "Thành ủy",
            "tỉnh" => "Tỉnh ủy",
            _ => $"Đảng ủy {tier}",
        };
    }

    private static string? Tier(string name) => Tiers.FirstOrDefault(t => name.StartsWith(t + " ", StringComparison.OrdinalIgnoreCase));
}
