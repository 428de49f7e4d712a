using System.Security.Cryptography;
using System.Text;
using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Infrastructure.Security;

/// <summary>
/// The one secret the server keeps outside its database (ADR 0016): 32 random bytes, from which the audit
/// chain's key, the audit checkpoints' key and the key that encrypts the data-protection key ring at rest are
/// derived (HKDF-SHA256, one label each). Whoever holds a copy of the database alone can neither re-seal the
/// audit trail nor forge a sign-in.
/// <para>
/// Given as <c>Secrets:MasterKey</c> (base64, e.g. from the environment as <c>Secrets__MasterKey</c>) or kept
/// in the file <c>master.key</c> of <c>Secrets:Directory</c> (default: the data folder's <c>secrets</c>),
/// which is created, readable by the owner only, the first time the app starts without one. Several instances
/// share the same key and the same directory.
/// </para>
/// </summary>
public sealed class ServerSecrets
{
    private const int KeyBytes = 32;
    private readonly byte[] _master;
    private byte[]? _auditKey;
    private byte[]? _checkpointKey;

    public ServerSecrets(byte[] master, string directory)
    {
        if (master.Length != KeyBytes)
        {
            throw new ArgumentException($"The master key must be {KeyBytes} bytes.", nameof(master));
        }

        _master = master;
        Directory = directory;
    }

    /// <summary>The folder of the secrets: the master key file (unless given in settings) and the data-protection key ring.</summary>
    public string Directory { get; }

    public static string DataProtectionDirectoryOf(IConfiguration configuration) => Path.Combine(DirectoryOf(configuration), "data-protection");

    /// <summary>The key of the audit chain's HMAC: derived once, used on every save that writes the trail.</summary>
    public byte[] AuditKey => _auditKey ??= KeyFor("audit-chain");

    /// <summary>The key that signs the audit checkpoints written outside the database.</summary>
    public byte[] CheckpointKey => _checkpointKey ??= KeyFor("audit-checkpoint");

    /// <summary>A key for one purpose, derived from the master key; the same purpose always gives the same key.</summary>
    public byte[] KeyFor(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, KeyBytes, salt: [], info: Encoding.UTF8.GetBytes("DongThuan/" + purpose));

    /// <summary>A short public name of the master key: shows which key sealed a chain without revealing it.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(KeyFor("fingerprint")))[..16];

    public static string DirectoryOf(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Secrets:Directory"] is { Length: > 0 } dir ? dir : Path.Combine(DatabaseSetup.DataDirectory(configuration), "secrets"));

    /// <summary>Reads the master key from settings or its file, creating the file when there is neither.</summary>
    public static ServerSecrets Load(IConfiguration configuration)
    {
        var directory = DirectoryOf(configuration);
        if (configuration["Secrets:MasterKey"] is { Length: > 0 } given)
        {
            return new ServerSecrets(Decode(given, "Secrets:MasterKey"), directory);
        }

        var file = Path.Combine(directory, "master.key");
        if (File.Exists(file))
        {
            return new ServerSecrets(Decode(File.ReadAllText(file).Trim(), file), directory);
        }

        CreateOwnerOnlyDirectory(directory);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        // Written to a temporary name and moved, so a second instance starting at the same moment reads a whole key or none.
        var temp = file + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(key) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temp, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another instance wrote it first: use theirs.
            File.Delete(temp);
            return new ServerSecrets(Decode(File.ReadAllText(file).Trim(), file), directory);
        }

        return new ServerSecrets(key, directory);
    }

    public static void CreateOwnerOnlyDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static byte[] Decode(string base64, string where)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64);
            if (bytes.Length == KeyBytes)
            {
                return bytes;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as a key of the wrong length.
        }

        throw new InvalidOperationException($"{where}: the master key must be {KeyBytes} bytes in base64. / Khóa bí mật phải là {KeyBytes} byte mã hóa base64.");
    }
}
