namespace NeuroBalance.Exercises;

/// <summary>Names types the way a C# learner writes them: <c>double</c>, <c>Func&lt;double, double&gt;</c>, <c>int?</c>.</summary>
internal static class TypeNames
{
    internal static string Friendly(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Friendly(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Friendly(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Friendly))}>";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Char => "char",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.String => "string",
            _ => type == typeof(object) ? "object" : type.Name,
        };
    }

    /// <summary>Describes a value's type for a learner: "the text \"2 µM\" (a string)", "a double".</summary>
    internal static string Describe(object value) => value switch
    {
        string s => $"the text \"{s}\" (a string)",
        Delegate d => $"a function of type {Friendly(d.GetType())}",
        _ => WithArticle(Friendly(value.GetType())),
    };

    private static string WithArticle(string name) => ("aeiouAEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
}
