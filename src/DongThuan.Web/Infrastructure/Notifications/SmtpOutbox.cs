using System.Net.Sockets;
using System.Threading.Channels;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MimeKit;

namespace DongThuan.Web.Infrastructure.Notifications;

/// <summary>
/// The messages waiting for the SMTP server (<c>Mail:Smtp:Host</c>), sent one after another over one connection kept
/// open while there is mail to send (ADR 0037).
/// </summary>
/// <remarks>
/// A request that commits a petition or a step tells one to three people by mail. Sent from the request, each message
/// cost a connection, a TLS handshake, a sign-in and a goodbye before the citizen or the officer saw the answer, and a
/// server that was down for a minute lost every message of that minute. Here the request only queues the message;
/// the outbox sends it, tries again with growing pauses while the server cannot be reached (for
/// <c>Mail:Smtp:RetryFor</c>, an hour unless set), and gives up only on a message the server refuses outright (a 5xx
/// answer: the same message would be refused again). The queue is in memory: on stopping, what waits is sent before
/// the host ends (each message tried once more); a process killed outright loses what had not gone yet, as the
/// request-time sending lost the messages of a request cut short.
/// </remarks>
public sealed class SmtpOutbox : BackgroundService
{
    /// <summary>Messages that may wait at once; far beyond a council's busiest hour, so a full queue means a server gone for long.</summary>
    public const int Capacity = 10_000;

    /// <summary>A kept connection with nothing to send is closed after this long: servers drop idle sessions anyway.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly IConfiguration _configuration;

    // The pauses, the idle limit and the time the server was last missed are the machine's, not the app's clock: a
    // host whose clock a test holds still must not freeze its mail.
    private readonly TimeProvider _pace = TimeProvider.System;
    private readonly ILogger<SmtpOutbox> _log;
    private readonly string _host;
    private readonly TimeSpan _firstPause;
    private readonly TimeSpan _retryFor;
    private readonly TimeSpan _timeout;

    public SmtpOutbox(IConfiguration configuration, ILogger<SmtpOutbox> log)
    {
        _configuration = configuration;
        _log = log;
        _host = configuration["Mail:Smtp:Host"] ?? "";
        _firstPause = configuration.GetValue("Mail:Smtp:FirstRetry", TimeSpan.FromSeconds(2));
        _retryFor = configuration.GetValue("Mail:Smtp:RetryFor", TimeSpan.FromHours(1));
        _timeout = configuration.GetValue("Mail:Smtp:Timeout", TimeSpan.FromSeconds(30));
    }

    /// <summary>Whether an SMTP server is set; without one the mailer writes to the pickup folder and nothing is queued.</summary>
    public bool Enabled => _host.Length > 0;

    /// <summary>How many messages wait to be sent.</summary>
    public int Waiting => _queue.Reader.Count;

    /// <summary>Since when the server could not be reached, while it cannot; null once a message goes through.</summary>
    public DateTimeOffset? FailingSince => Volatile.Read(ref _failingSince) is > 0 and var ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    // Unix milliseconds, 0 for none: one word, so the health check on a request's thread never reads half of it.
    private long _failingSince;

    /// <summary>Queues a message; never waits for the server.</summary>
    public void Enqueue(MimeMessage message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            _log.LogError("The mail queue is full ({Capacity} waiting) or the host is stopping; a notification was not sent: {Subject}", Capacity, message.Subject);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        // Once the host stops nothing more comes in, but what waits is still sent.
        await using var closing = stoppingToken.Register(() => _queue.Writer.TryComplete());
        using var smtp = new SmtpClient { Timeout = (int)_timeout.TotalMilliseconds };
        while (await NextAsync(smtp))
        {
            while (_queue.Reader.TryRead(out var message))
            {
                await DeliverAsync(smtp, message, stoppingToken);
            }
        }

        await CloseAsync(smtp);
    }

    /// <summary>Waits for mail; false once the host stops and the queue is empty. Closes an idle connection on the way.</summary>
    private async Task<bool> NextAsync(SmtpClient smtp)
    {
        if (smtp.IsConnected)
        {
            using var idle = new CancellationTokenSource(Idle, _pace);
            try
            {
                return await _queue.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException)
            {
                await CloseAsync(smtp);
            }
        }

        return await _queue.Reader.WaitToReadAsync(CancellationToken.None);
    }

    private async Task DeliverAsync(SmtpClient smtp, MimeMessage message, CancellationToken stopping)
    {
        var giveUpAt = _pace.GetUtcNow() + _retryFor;
        var pause = _firstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!smtp.IsConnected)
                {
                    await ConnectAsync(smtp);
                }

                await smtp.SendAsync(message);
                Volatile.Write(ref _failingSince, 0);
                return;
            }
            catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
            {
                // The address is personal data: the log says only which message, and why.
                _log.LogWarning(e, "The mail server refused a notification: {Subject}", message.Subject);
                return;
            }
            catch (Exception e) when (e is IOException or SocketException or TimeoutException or SmtpCommandException or SmtpProtocolException
                                           or ServiceNotConnectedException or ServiceNotAuthenticatedException or AuthenticationException or SslHandshakeException)
            {
                await CloseAsync(smtp);
                // A kept connection the server has since closed (or that hangs until the timeout) fails once on its first
                // use: reopen it at once.
                if (attempt == 1)
                {
                    continue;
                }

                if (stopping.IsCancellationRequested || _pace.GetUtcNow() + pause > giveUpAt)
                {
                    _log.LogError(e, "A notification could not be sent after {Attempts} attempts: {Subject}", attempt, message.Subject);
                    return;
                }

                if (Volatile.Read(ref _failingSince) == 0)
                {
                    Volatile.Write(ref _failingSince, _pace.GetUtcNow().ToUnixTimeMilliseconds());
                }

                _log.LogWarning(e, "The mail server could not be reached; trying again in {Pause} ({Waiting} more waiting)", pause, Waiting);
                try
                {
                    await Task.Delay(pause, _pace, stopping);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: one last attempt, then the message is given up.
                }

                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // A message the client cannot send at all is logged and left, so one bad message never stops the outbox.
                // (After the clause above: MailKit's "not connected" is an InvalidOperationException too.)
                _log.LogError(e, "A notification could not be sent: {Subject}", message.Subject);
                return;
            }
        }
    }

    private async Task ConnectAsync(SmtpClient smtp)
    {
        await smtp.ConnectAsync(_host, _configuration.GetValue("Mail:Smtp:Port", 587), SecureSocketOptions.Auto);
        if (_configuration["Mail:Smtp:UserName"] is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, _configuration["Mail:Smtp:Password"] ?? "");
        }
    }

    private static async Task CloseAsync(SmtpClient smtp)
    {
        try
        {
            if (smtp.IsConnected)
            {
                await smtp.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or TimeoutException or SmtpProtocolException or SmtpCommandException)
        {
            // Gone already: nothing to close.
        }
    }
}

/// <summary>
/// <c>/healthz</c> says "Degraded" while the mail server cannot be reached: the people whose turn it is are not being
/// told, though every step is still recorded and shown in the app.
/// </summary>
public sealed class MailHealthCheck(SmtpOutbox outbox) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(outbox.FailingSince is { } since
            ? HealthCheckResult.Degraded($"The mail server has not been reached since {since:u}; {outbox.Waiting} message(s) wait.")
            : HealthCheckResult.Healthy());
}
