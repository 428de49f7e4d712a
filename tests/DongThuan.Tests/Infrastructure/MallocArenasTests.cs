using System.Runtime.InteropServices;
using DongThuan.Web.Infrastructure.Hosting;

namespace DongThuan.Tests.Infrastructure;

/// <summary>The app caps glibc's malloc arenas itself (ADR 0035); a name the loader cannot resolve would leave it uncapped without a word.</summary>
public sealed class MallocArenasTests
{
    [Fact]
    public void The_c_library_takes_the_cap_on_linux_with_glibc()
    {
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);
        Assert.Equal(glibc, MallocArenas.Cap());
    }
}
