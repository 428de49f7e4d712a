using DongThuan.Web.Infrastructure.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Harness;

/// <summary>The messages a host sent: with no SMTP server set, the mailer writes each as an .eml file in the data folder's mail/.</summary>
public static class Mailbox
{
    /// <summary>The text of the newest message to <paramref name="address"/>; fails the test when there is none.</summary>
    public static async Task<string> LatestToAsync(AppFactory app, string address)
    {
        var folder = Path.Combine(await app.WithDb((_, sp) => Task.FromResult(DatabaseSetup.DataDirectory(sp.GetRequiredService<IConfiguration>()))), "mail");
        foreach (var file in Directory.GetFiles(folder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == address))
            {
                return message.TextBody ?? "";
            }
        }

        throw new Xunit.Sdk.XunitException($"No message to {address}");
    }
}
