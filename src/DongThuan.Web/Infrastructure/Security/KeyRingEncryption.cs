using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace DongThuan.Web.Infrastructure.Security;

/// <summary>
/// Encrypts each data-protection key (the keys that sign cookies, bearer tokens and antiforgery tokens) with
/// AES-256-GCM under a key derived from <see cref="ServerSecrets"/> before it is written to the key ring's
/// folder. Linux has no DPAPI, and a certificate would be one more secret to ship; the master key is already
/// the one thing an operator keeps apart (ADR 0016).
/// </summary>
public sealed class KeyRingEncryptor(ServerSecrets secrets) : IXmlEncryptor
{
    public const string Purpose = "data-protection-at-rest";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(secrets.KeyFor(Purpose), tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with the DongThuan master key (AES-256-GCM); see docs/adr/0016. "),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Reads back what <see cref="KeyRingEncryptor"/> wrote; built by the data-protection system with the app's services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var secrets = services.GetRequiredService<ServerSecrets>();
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var cipher = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(secrets.KeyFor(KeyRingEncryptor.Purpose), tag.Length))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }

        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}
