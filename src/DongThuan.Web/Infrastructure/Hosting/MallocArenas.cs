using System.Runtime.InteropServices;

namespace DongThuan.Web.Infrastructure.Hosting;

/// <summary>
/// Caps the C library's malloc arenas at two. glibc gives a thread that finds the arenas in use one of its own, up to
/// eight per core, and an arena keeps the memory freed in it. Under load the .NET thread pool runs SQLite's work (its
/// page caches and statements are malloc'd) on many threads, so that memory spread over many arenas and stayed: the
/// working set after the load run was about 25 MB larger (ADR 0035). This is the setting <c>MALLOC_ARENA_MAX=2</c>
/// makes, taken by the process itself so that it holds however the app is started (systemd, <c>dotnet run</c>, tests).
/// </summary>
public static class MallocArenas
{
    /// <summary>glibc's <c>M_ARENA_MAX</c> (malloc.h).</summary>
    private const int ArenaMax = -8;

    private const int Limit = 2;

    /// <summary>Sets the cap; true when the C library took it. Elsewhere than glibc on Linux it does nothing and says false.</summary>
    public static bool Cap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Mallopt(ArenaMax, Limit) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another C library (musl has no arenas to cap): nothing to do.
            return false;
        }
    }

    // DllImport rather than LibraryImport: the generated form needs unsafe code allowed in the whole project, for one call
    // with two integers that needs no marshalling.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Mallopt(int parameter, int value);
}
