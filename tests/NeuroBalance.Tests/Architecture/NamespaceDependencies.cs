using System.Reflection;
using System.Reflection.Emit;

namespace NeuroBalance.Tests.Architecture;

/// <summary>
/// The namespace-to-namespace dependencies of an assembly, read from what each type references: its base
/// type, interfaces, attributes, member signatures (generic arguments included) and the type, method and
/// field tokens in its method bodies' IL. Compiler-generated nested types (closures, iterators, async state
/// machines) count for the namespace of the type that declares them.
/// </summary>
internal static class NamespaceDependencies
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every (from, to) namespace pair with at least one reference, with one example of it.</summary>
    /// <param name="assembly">The assembly to read.</param>
    /// <param name="keep">Which referenced namespaces to record (e.g. the assembly's own and a few forbidden packages).</param>
    /// <returns>The edges, "from → to" mapped to an example "Type references Type".</returns>
    public static IReadOnlyDictionary<(string From, string To), string> Of(Assembly assembly, Func<string, bool> keep)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            var from = NamespaceOf(type);
            foreach (var referenced in ReferencedTypes(type))
            {
                var to = NamespaceOf(referenced);
                if (to != from && keep(to))
                {
                    edges.TryAdd((from, to), $"{type.FullName} references {referenced.FullName}");
                }
            }
        }

        return edges;
    }

    private static string NamespaceOf(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }

        return type.Namespace ?? string.Empty;
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter || !found.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }

            if (t.IsConstructedGenericType)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var a in t.GenericTypeArguments)
                {
                    Add(a);
                }
            }
        }

        void AddAttributes(IEnumerable<CustomAttributeData> attributes)
        {
            foreach (var a in attributes)
            {
                Add(a.AttributeType);
                foreach (var argument in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
                {
                    Add(argument.Value as Type);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        AddAttributes(type.CustomAttributes);
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
            AddAttributes(field.CustomAttributes);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
            AddAttributes(property.CustomAttributes);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddAttributes(method.CustomAttributes);
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var p in method.GetParameters())
            {
                Add(p.ParameterType);
            }

            foreach (var t in BodyReferences(method))
            {
                Add(t);
            }
        }

        return found;
    }

    /// <summary>The declaring types of the types, methods and fields whose tokens a method body's IL names, and its locals' types.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                        if (member is MethodInfo m)
                        {
                            foreach (var g in m.IsGenericMethod ? m.GetGenericArguments() : [])
                            {
                                yield return g;
                            }
                        }
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += OperandSize(op.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
