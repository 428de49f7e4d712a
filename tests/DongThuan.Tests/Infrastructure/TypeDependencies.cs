using Mono.Cecil;
using Mono.Cecil.Cil;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// Which types each type of an assembly refers to, read once from its IL with Mono.Cecil (the reader NetArchTest uses):
/// base types, interfaces, attributes, fields, properties, signatures, locals and every type, method and field an
/// instruction names. Nested types (closures, state machines, records inside a page) count as their outermost type.
/// Asking NetArchTest once per page re-read every page's IL each time, which cost the suite a quarter of a minute.
/// </summary>
public static class TypeDependencies
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Web = new(() => Read(typeof(DongThuan.Web.Infrastructure.Database.DongThuanDb).Assembly.Location));

    /// <summary>Outermost type's full name (nested ones with '+', as reflection writes them) → the full names it refers to.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> OfWeb => Web.Value;

    private static Dictionary<string, IReadOnlySet<string>> Read(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path);
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            if (!map.TryGetValue(NameOf(outer), out var set))
            {
                map[NameOf(outer)] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            Add(set, type.BaseType);
            foreach (var i in type.Interfaces)
            {
                Add(set, i.InterfaceType);
            }

            Attributes(set, type.CustomAttributes);
            foreach (var f in type.Fields)
            {
                Add(set, f.FieldType);
                Attributes(set, f.CustomAttributes);
            }

            foreach (var p in type.Properties)
            {
                Add(set, p.PropertyType);
                Attributes(set, p.CustomAttributes);
            }

            foreach (var m in type.Methods)
            {
                Method(set, m);
                Attributes(set, m.CustomAttributes);
                if (!m.HasBody)
                {
                    continue;
                }

                foreach (var v in m.Body.Variables)
                {
                    Add(set, v.VariableType);
                }

                foreach (var instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Add(set, t);
                            break;
                        case MethodReference r:
                            Method(set, r);
                            break;
                        case FieldReference f:
                            Add(set, f.DeclaringType);
                            Add(set, f.FieldType);
                            break;
                    }
                }
            }
        }

        return map.ToDictionary(x => x.Key, x => (IReadOnlySet<string>)x.Value, StringComparer.Ordinal);
    }

    private static void Method(HashSet<string> set, MethodReference m)
    {
        Add(set, m.DeclaringType);
        Add(set, m.ReturnType);
        foreach (var p in m.Parameters)
        {
            Add(set, p.ParameterType);
        }

        if (m is GenericInstanceMethod generic)
        {
            foreach (var a in generic.GenericArguments)
            {
                Add(set, a);
            }
        }
    }

    private static void Attributes(HashSet<string> set, IEnumerable<CustomAttribute> attributes)
    {
        foreach (var a in attributes)
        {
            Add(set, a.AttributeType);
        }
    }

    private static void Add(HashSet<string> set, TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(set, generic.ElementType);
                foreach (var a in generic.GenericArguments)
                {
                    Add(set, a);
                }

                return;
            case TypeSpecification spec:
                Add(set, spec.ElementType);
                return;
            default:
                set.Add(NameOf(type));
                return;
        }
    }

    private static string NameOf(TypeReference type) => type.FullName.Replace('/', '+');
}
