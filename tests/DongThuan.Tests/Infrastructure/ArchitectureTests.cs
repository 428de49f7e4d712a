using System.Reflection;
using DongThuan.Web.Infrastructure.Database;
using NetArchTest.Rules;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// Modules talk through small public surfaces: another module may use a module's root namespace (its
/// entities, services, permissions) but never its use-case folders. Demo data is the one exception:
/// each module's demo may build on the organisation demo.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Web = typeof(DongThuanDb).Assembly;
    private const string Modules = "DongThuan.Web.Modules.";

    private static IEnumerable<string> ModuleNames() =>
        Web.GetTypes().Select(t => t.Namespace ?? "").Where(n => n.StartsWith(Modules, StringComparison.Ordinal))
            .Select(n => n[Modules.Length..].Split('.')[0]).Distinct();

    /// <summary>The types of <paramref name="owners"/> that refer to a type in any of <paramref name="namespaces"/> (as NetArchTest's HaveDependencyOnAny, by prefix).</summary>
    private static IEnumerable<string> Offenders(Func<string, bool> owners, IReadOnlyCollection<string> namespaces) =>
        TypeDependencies.OfWeb.Where(t => owners(t.Key) && t.Value.Any(d => namespaces.Any(n => d.StartsWith(n + ".", StringComparison.Ordinal)))).Select(t => t.Key);

    private static string NamespaceOf(string typeName) => typeName.LastIndexOf('.') is var dot and > 0 ? typeName[..dot] : "";

    [Fact]
    public void Modules_use_each_other_only_through_their_root_namespace()
    {
        var failures = new List<string>();
        var namespaces = Web.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct().ToList();
        foreach (var module in ModuleNames())
        {
            var internals = namespaces
                .Where(n => n.StartsWith(Modules, StringComparison.Ordinal) && n.Split('.').Length > 4
                            && !n.StartsWith(Modules + module + ".", StringComparison.Ordinal)
                            && !n.EndsWith(".Demo", StringComparison.Ordinal))
                .ToArray();
            var own = Modules + module;
            failures.AddRange(Offenders(t => NamespaceOf(t) is var ns && (ns == own || ns.StartsWith(own + ".", StringComparison.Ordinal)), internals)
                .Select(t => $"{t} uses another module's internals"));
        }

        // The Modules root namespace itself (the home and error pages, shared resources) is no module's insider either.
        var anyInternals = namespaces.Where(n => n.StartsWith(Modules, StringComparison.Ordinal) && n.Split('.').Length > 4).ToArray();
        failures.AddRange(Offenders(t => NamespaceOf(t) == "DongThuan.Web.Modules", anyInternals).Select(t => $"{t} uses a module's internals"));

        // The map must see what NetArchTest would: a known dependency across modules through a root namespace is there.
        Assert.Contains("DongThuan.Web.Modules.Obligations.WorkflowStep", TypeDependencies.OfWeb["DongThuan.Web.Modules.Sessions.RecordOpinion"]);
        Assert.True(ModuleNames().Count() >= 3, "module scan found too few modules");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Infrastructure_does_not_reach_into_module_use_cases_or_demo_data()
    {
        // Demo data included: each module registers its own part of the demo (AddDemoPart); the seeder names none.
        var useCases = Web.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
            .Where(n => n.StartsWith(Modules, StringComparison.Ordinal) && n.Split('.').Length > 4).ToArray();
        var result = Types.InAssembly(Web).That().ResideInNamespace("DongThuan.Web.Infrastructure").ShouldNot().HaveDependencyOnAny(useCases).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>
    /// Obligations are opened, fulfilled, reopened, extended and reassigned in one place, the kernel's ledger and step
    /// (Modules/Obligations); other modules say what a step does (an ObligationEffect), and read through ObligationReads.
    /// The statistics, which count with SQL, may query the table.
    /// </summary>
    [Fact]
    public void Only_the_obligations_kernel_opens_or_queries_obligations()
    {
        var src = Path.Combine(Harness.Repository.Root, "src", "DongThuan.Web", "Modules");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Obligations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith("Statistics.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("Obligation.Open(", StringComparison.Ordinal) || l.Text.Contains(".Obligations.", StringComparison.Ordinal)
                        || l.Text.Contains("Set<Obligation>()", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>
    /// A page model is its page's own: the API, other pages, documents and demo data call the use case (a file named
    /// for the action) or a module's root type, never a page model, so a page can change without breaking them.
    /// </summary>
    [Fact]
    public void Nothing_but_the_page_itself_refers_to_a_page_model()
    {
        var pages = Web.GetTypes().Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t) && !t.IsAbstract).Select(p => p.FullName!).ToHashSet();
        // Compiled .cshtml files (pages and partials) render models: they are the pages themselves.
        var views = Web.GetTypes().Where(t => typeof(Microsoft.AspNetCore.Mvc.Razor.RazorPageBase).IsAssignableFrom(t)).Select(t => t.FullName!).ToHashSet();
        var failures = TypeDependencies.OfWeb
            .Where(t => !views.Contains(t.Key))
            .SelectMany(t => t.Value.Where(d => pages.Contains(d) && d != t.Key).Select(d => $"{t.Key} refers to {d}"))
            .ToList();

        Assert.True(pages.Count > 50, "page scan found too few pages");
        Assert.Contains("DongThuan.Web.Modules.Questions.QuestionPage", TypeDependencies.OfWeb["DongThuan.Web.Modules.Questions.AnswerModel"]);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
