using DongThuan.Web.Infrastructure.Database;
using MimeKit;

namespace DongThuan.Web.Infrastructure.Notifications;

/// <summary>One message to one address; the body is plain text, so nothing in it can run.</summary>
public sealed record MailMessage(string To, string Subject, string Body);

/// <summary>
/// Sends notifications. With <c>Mail:Smtp:Host</c> set, messages are handed to the <see cref="SmtpOutbox"/>, which
/// sends them through that SMTP server in the background over one kept connection; otherwise (development, tests,
/// demo) each message is written as an .eml file under the data folder's mail/ folder, where it can be opened with
/// any mail client. Callers send after their change is committed, and a failed send never undoes it: the record is
/// what counts, the message is how the party whose turn it is hears of it.
/// </summary>
public interface IMailer
{
    /// <summary>Returns once the message is written (pickup folder) or queued for the SMTP server, not once it is delivered.</summary>
    Task SendAsync(MailMessage message, CancellationToken ct);
}

public sealed class Mailer(IConfiguration configuration, SmtpOutbox outbox, ILogger<Mailer> log) : IMailer
{
    public string Folder => Path.Combine(DatabaseSetup.DataDirectory(configuration), "mail");

    public async Task SendAsync(MailMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(configuration["Mail:From"] ?? "khong-tra-loi@dongthuan.local"));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        if (outbox.Enabled)
        {
            // Not awaited on the wire: a request that tells three people does not wait for three SMTP exchanges.
            outbox.Enqueue(mime);
            return;
        }

        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
            await mime.WriteToAsync(path, ct);
        }
        catch (IOException e)
        {
            // The address is personal data: the log says only that a message failed, and why.
            log.LogWarning(e, "A notification could not be written: {Subject}", message.Subject);
        }
    }
}
