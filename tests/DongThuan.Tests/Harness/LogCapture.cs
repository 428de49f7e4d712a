using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DongThuan.Tests.Harness;

/// <summary>
/// Keeps every log line the application writes from <paramref name="least"/> up, formatted as a log sink would see it,
/// so a test can read them.
/// </summary>
public sealed class LogCapture(LogLevel least = LogLevel.Trace) : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    private LogLevel Least => least;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= capture.Least;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}

/// <summary>
/// The SQLite app with its log lines captured, at Information for the application, ASP.NET Core and EF Core
/// (SQL statements included), keeping the shipped setting that request URLs are not logged (appsettings.json).
/// </summary>
public sealed class LoggedSqliteApp : SqliteApp
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information");
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs));
    }
}
