using System.Security.Cryptography;
using System.Text;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// A program allowed to post requests through Open311 (a city app, a kiosk, FixMyStreet): GeoReport v2 asks for an
/// <c>api_key</c> on every POST. The administrator issues one per client and can revoke it; only the key's SHA-256 is
/// stored, so a copy of the database cannot be used to post as the client.
/// </summary>
public sealed class Open311Client : Entity
{
    public const int NameMax = 200;

    public string Name { get; private set; } = "";

    /// <summary>Lowercase hex SHA-256 of the key.</summary>
    public string KeyHash { get; private set; } = "";

    /// <summary>The key's last four characters, so the administrator can tell two keys apart without the key.</summary>
    public string KeyEnding { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    private Open311Client()
    {
    }

    /// <summary>A new client and its key, which is shown once and never stored.</summary>
    public static Open311Client Issue(string? name, string issuedBy, DateTimeOffset at, out string key, out Outcome outcome)
    {
        key = "dt311_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var client = new Open311Client { KeyHash = HashOf(key), KeyEnding = key[^4..], IssuedAt = at, IssuedBy = issuedBy };
        outcome = string.IsNullOrWhiteSpace(name) ? Open311Refusals.ClientNameRequired
            : name.Trim().Length > NameMax ? Open311Refusals.ClientNameTooLong
            : Outcome.Done;
        client.Name = name?.Trim() ?? "";
        return client;
    }

    public Outcome Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            return Open311Refusals.AlreadyRevoked;
        }

        RevokedAt = at;
        return Outcome.Done;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

public static class Open311Refusals
{
    public static readonly Refusal ClientNameRequired = new("open311.client-name-required", "Nhập tên chương trình được cấp khóa.");
    public static readonly Refusal ClientNameTooLong = new("open311.client-name-too-long", "Tên chương trình dài quá 200 ký tự.");
    public static readonly Refusal AlreadyRevoked = new("open311.already-revoked", "Khóa này đã bị thu hồi.");
    public static readonly Refusal NotFound = new("open311.not-found", "Không tìm thấy khóa.");
}
