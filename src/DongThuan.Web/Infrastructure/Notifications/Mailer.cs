using DongThuan.Web.Infrastructure.Database;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DongThuan.Web.Infrastructure.Notifications;

/// <summary>One message to one address; the body is plain text, so nothing in it can run.</summary>
public sealed record MailMessage(string To, string Subject, string Body);

/// <summary>
/// Sends notifications. With <c>Mail:Smtp:Host</c> set, messages go through that SMTP server; otherwise
/// (development, tests, demo) each message is written as an .eml file under the data folder's mail/ folder,
/// where it can be opened with any mail client. Callers send after their change is committed, and a failed
/// send never undoes it: the record is what counts, the message is a courtesy.
/// </summary>
public interface IMailer
{
    Task SendAsync(MailMessage message, CancellationToken ct);
}

public sealed class Mailer(IConfiguration configuration, ILogger<Mailer> log) : IMailer
{
    public string Folder => Path.Combine(DatabaseSetup.DataDirectory(configuration), "mail");

    public async Task SendAsync(MailMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(configuration["Mail:From"] ?? "khong-tra-loi@dongthuan.local"));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        try
        {
            if (configuration["Mail:Smtp:Host"] is { Length: > 0 } host)
            {
                using var smtp = new SmtpClient();
                await smtp.ConnectAsync(host, configuration.GetValue("Mail:Smtp:Port", 587), SecureSocketOptions.Auto, ct);
                if (configuration["Mail:Smtp:UserName"] is { Length: > 0 } user)
                {
                    await smtp.AuthenticateAsync(user, configuration["Mail:Smtp:Password"] ?? "", ct);
                }

                await smtp.SendAsync(mime, ct);
                await smtp.DisconnectAsync(true, ct);
            }
            else
            {
                Directory.CreateDirectory(Folder);
                var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
                await mime.WriteToAsync(path, ct);
            }
        }
        catch (Exception e) when (e is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException)
        {
            // The address is personal data: the log says only that a message failed, and why.
            log.LogWarning(e, "A notification could not be sent: {Subject}", message.Subject);
        }
    }
}
