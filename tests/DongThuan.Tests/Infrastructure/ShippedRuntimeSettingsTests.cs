using System.Text.Json;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The runtime settings the app ships with are the ones its memory was measured with (ADR 0033, ADR 0036): they live in
/// the project file, and a line dropped there would change the deployed process without failing anything else.
/// </summary>
public sealed class ShippedRuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", false)]
    [InlineData("System.Runtime.TieredPGO", false)]
    public void The_app_ships_with_the_setting_it_was_measured_with(string setting, bool expected)
    {
        // The build copies the app's runtimeconfig.json beside its assembly; that file is what `dotnet publish` ships.
        var file = Path.ChangeExtension(typeof(Program).Assembly.Location, ".runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(file));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(setting, out var value), $"{setting} is not set in {file}");
        Assert.Equal(expected, value.GetBoolean());
    }
}
