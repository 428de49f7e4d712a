using System.Net;
using System.Net.Sockets;
using System.Text;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// Mail through a real SMTP exchange (netDumbster, a fake server in this process): the request only queues the message,
/// the outbox sends it, waits out a server that is down, and sends what waits when the host stops (ADR 0037).
/// </summary>
public sealed class SmtpOutboxTests
{
    /// <summary>The demo host with an SMTP server set, and the pause before a second try as given; its clock held still when asked.</summary>
    private sealed class SmtpApp(int port, TimeSpan firstRetry, bool clockHeldStill = false) : SqliteApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (clockHeldStill)
            {
                builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow)));
            }

            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Smtp:FirstRetry", firstRetry.ToString());
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The messages the server has, read as a mail client would (subjects are encoded: they are Vietnamese).</summary>
    private static List<MimeMessage> Received(SimpleSmtpServer server) =>
        [.. server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    private static async Task<MimeMessage> ArrivesAsync(SimpleSmtpServer server, string to, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (Received(server).FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == to)) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No message to {to} within {within}; the server has {server.ReceivedEmailCount}.");
    }

    [Fact]
    public async Task With_the_server_down_the_petition_is_acknowledged_and_its_receipt_goes_once_the_server_is_up()
    {
        var port = FreePort();
        // The app's clock is held still, as tests and recorded dates may hold it: the pauses run on the machine's.
        await using var app = new SmtpApp(port, TimeSpan.FromMilliseconds(200), clockHeldStill: true);
        await app.InitializeAsync();
        var email = $"{Guid.NewGuid():N}@example.com";
        // Nothing listens on the port: the request must not wait for, or fail on, the mail.
        var code = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Cống thoát nước tắc"), "Cống đầu ngõ 8 tắc, nước tràn lên đường.", email);
        await Task.Delay(500); // at least two tries have failed by now
        using var client = app.CreateClient();
        Assert.Equal("Degraded", await client.GetStringAsync("/healthz")); // the operator's monitor sees that mail is not leaving

        using var server = SimpleSmtpServer.Start(port);
        var receipt = await ArrivesAsync(server, email, TimeSpan.FromSeconds(15));
        Assert.Equal($"Đã tiếp nhận kiến nghị {code}", receipt.Subject);
        // The server stores a message before the outbox reads its answer: allow that moment.
        var health = "";
        for (var i = 0; i < 40 && health != "Healthy"; i++, await Task.Delay(50))
        {
            health = await client.GetStringAsync("/healthz");
        }

        Assert.Equal("Healthy", health);
    }

    /// <summary>
    /// A relay between the app and the fake server that can cut every connection through it, as a mail server does when
    /// it restarts or drops an idle session (the fake server, stopped, would keep serving the sessions it has).
    /// </summary>
    private sealed class Relay : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _open = [];

        public Relay(int to)
        {
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    TcpClient inbound;
                    try
                    {
                        inbound = await _listener.AcceptTcpClientAsync();
                    }
                    catch (Exception e) when (e is SocketException or ObjectDisposedException)
                    {
                        return;
                    }

                    var outbound = new TcpClient();
                    await outbound.ConnectAsync(IPAddress.Loopback, to);
                    lock (_open)
                    {
                        _open.AddRange([inbound, outbound]);
                    }

                    _ = Pipe(inbound, outbound);
                    _ = Pipe(outbound, inbound);
                }
            });
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        private static async Task Pipe(TcpClient from, TcpClient to)
        {
            try
            {
                await from.GetStream().CopyToAsync(to.GetStream());
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Cut.
            }

            to.Close();
        }

        /// <summary>Closes every connection through the relay; new ones are still relayed.</summary>
        public void Cut()
        {
            lock (_open)
            {
                _open.ForEach(c => c.Close());
                _open.Clear();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            Cut();
        }
    }

    [Fact]
    public async Task Receipts_go_through_the_smtp_server_and_a_connection_it_has_closed_is_opened_again_at_once()
    {
        var port = FreePort();
        using var server = SimpleSmtpServer.Start(port);
        using var relay = new Relay(port);
        // The pause before a second try is ten minutes: only the immediate reopening can deliver the second receipt in time.
        await using var app = new SmtpApp(relay.Port, TimeSpan.FromMinutes(10));
        await app.InitializeAsync();
        var folder = Path.Combine(app.DataDirectory, "mail");
        int Written() => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Length : 0; // the demo's own are in the copied folder
        var before = Written();
        var first = $"{Guid.NewGuid():N}@example.com";
        var firstCode = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Đèn đường ngõ 12 không sáng"), "Đèn đường ngõ 12 tắt từ tuần trước.", first);
        var receipt = await ArrivesAsync(server, first, TimeSpan.FromSeconds(10));
        Assert.Equal($"Đã tiếp nhận kiến nghị {firstCode}", receipt.Subject);
        Assert.Contains(firstCode, receipt.TextBody, StringComparison.Ordinal);
        Assert.Equal(before, Written()); // with a server set, nothing goes to the pickup folder

        // The server closes the session (a restart, an idle limit): the outbox's connection is dead, and it does not know yet.
        relay.Cut();
        var second = $"{Guid.NewGuid():N}@example.com";
        var code = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Biển báo bị che khuất"), "Cây che biển báo giao thông đầu ngõ 5.", second);
        receipt = await ArrivesAsync(server, second, TimeSpan.FromSeconds(10));
        Assert.Equal($"Đã tiếp nhận kiến nghị {code}", receipt.Subject);
    }

    /// <summary>
    /// A scripted SMTP server that refuses for good (550) every recipient whose address starts with "tuchoi" and takes
    /// the rest; netDumbster takes everything. It counts what it was asked, so a refused message tried again shows.
    /// </summary>
    private sealed class RefusingServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public RefusingServer()
        {
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    try
                    {
                        _ = Serve(await _listener.AcceptTcpClientAsync());
                    }
                    catch (Exception e) when (e is SocketException or ObjectDisposedException)
                    {
                        return;
                    }
                }
            });
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public System.Collections.Concurrent.ConcurrentQueue<string> Refused { get; } = new();

        public System.Collections.Concurrent.ConcurrentQueue<string> Delivered { get; } = new();

        private async Task Serve(TcpClient client)
        {
            using var _ = client;
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 refusing.test");
            string? to = null;
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "RCPT")
                {
                    to = line[(line.IndexOf('<') + 1)..line.IndexOf('>')];
                    if (to.StartsWith("tuchoi", StringComparison.Ordinal))
                    {
                        Refused.Enqueue(to);
                        await writer.WriteLineAsync("550 5.1.1 No such mailbox");
                        continue;
                    }
                }

                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 Go ahead");
                    while (await reader.ReadLineAsync() is { } body && body != ".")
                    {
                    }

                    Delivered.Enqueue(to ?? "");
                }

                await writer.WriteLineAsync(verb switch { "QUIT" => "221 Bye", _ => "250 OK" });
                if (verb == "QUIT")
                {
                    return;
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }

    [Fact]
    public async Task A_message_the_server_refuses_for_good_is_left_and_does_not_hold_up_the_next()
    {
        using var server = new RefusingServer();
        // Ten minutes before a second try: a refusal taken for a passing failure would hold every later message that long.
        await using var app = new SmtpApp(server.Port, TimeSpan.FromMinutes(10));
        await app.InitializeAsync();
        var refused = $"tuchoi.{Guid.NewGuid():N}@example.com";
        await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Rác thải ven hồ"), "Rác đổ trộm ven hồ Nghĩa Tân.", refused);
        var taken = $"{Guid.NewGuid():N}@example.com";
        await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Rác thải ven hồ"), "Rác đổ trộm ven hồ Nghĩa Đô.", taken);

        var until = DateTime.UtcNow.AddSeconds(10);
        while (!server.Delivered.Contains(taken) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        Assert.Contains(taken, server.Delivered);
        Assert.Equal([refused], server.Refused); // asked once, not again
        Assert.DoesNotContain(refused, server.Delivered);
        using var client = app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz")); // a refused address is not a server gone
    }

    [Fact]
    public async Task Stopping_the_host_sends_what_waits_instead_of_dropping_it()
    {
        var port = FreePort();
        var app = new SmtpApp(port, TimeSpan.FromMinutes(10));
        await app.InitializeAsync();
        var email = $"{Guid.NewGuid():N}@example.com";
        var start = DateTimeOffset.UtcNow;
        var code = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Cây đổ chắn lối đi"), "Cây bàng trước nhà văn hoá đổ sau bão.", email);
        await Task.Delay(300); // both quick tries of the first message have failed; its next is ten minutes away
        // The office staff told of the petition by mail: their notices were queued before the receipt.
        var toStaff = await app.WithDb(async (db, _) => (await db.Notifications.AsNoTracking().Where(n => n.EmailedAt != null).ToListAsync()).Count(n => n.CreatedAt >= start));
        Assert.True(toStaff > 0, "the demo's office wants its notices at once, so the receipt is not the first in the queue");

        using var server = SimpleSmtpServer.Start(port);
        Assert.Equal(0, server.ReceivedEmailCount);
        await app.DisposeAsync(); // stops the host: the outbox tries what waits once more before it ends
        var received = Received(server);
        Assert.Equal(toStaff + 1, received.Count); // the message that was waiting out its pause too, not only those behind it
        var receipt = Assert.Single(received, m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Equal($"Đã tiếp nhận kiến nghị {code}", receipt.Subject);
    }
}
