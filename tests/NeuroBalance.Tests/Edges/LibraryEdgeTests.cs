using System.Reflection;
using CsCheck;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Edges;

/// <summary>Issue 18 item 8: the library's public entry points answer bad input with a message that names the parameter, and its documented maxima work.</summary>
public sealed class LibraryEdgeTests
{
    private static readonly string[] CheckedNamespaces = ["NeuroBalance.Models", "NeuroBalance.Charts", "NeuroBalance.Tables", "NeuroBalance.Quantities", "NeuroBalance.Science"];

    private static readonly ReceptorBinding D2 = ReceptorBinding.FromKd("D2", Concentration.FromNanomolar(1.5));

    [Fact]
    public void OccupancyCurves_NullEntry_NamesTheEntry_NotANullReference()
    {
        Gen.Int[1, 6].SelectMany(n => Gen.Int[0, n - 1].Select(nullAt => (n, nullAt))).Sample((n, nullAt) =>
        {
            var bindings = Enumerable.Range(0, n).Select(i => i == nullAt ? null! : D2).ToArray();
            var e = Assert.Throws<MissingParameterException>(() => BindingCharts.OccupancyCurves(bindings, Concentration.FromNanomolar(0.1), Concentration.FromNanomolar(100)));
            Assert.Equal("bindings", e.ParamName);
            Assert.StartsWith($"bindings[{nullAt}] must not be null", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void OccupancyCurves_NullList_IsAnArgumentNullException()
    {
        var e = Assert.ThrowsAny<ArgumentNullException>(() => BindingCharts.OccupancyCurves(null!, Concentration.FromNanomolar(0.1), Concentration.FromNanomolar(100)));
        Assert.Equal("bindings", e.ParamName);
    }

    [Fact]
    public void Respond_AtItsDocumentedMaxima_Works()
    {
        var model = GabaTerminal.Default;
        var run = model.Respond(model.WithFiring(Rate.FromPerSecond(20)), TerminalModel.MaxDuration, TerminalModel.MaxPoints);
        Assert.Equal(TerminalModel.MaxPoints, run.Times.Count);
        Assert.Equal(TerminalModel.MaxDuration.Hours, run.Times[^1], 9);
        Assert.True(run.Solution.AcceptedSteps + run.Solution.RejectedSteps > 100_000, "the run must need more than the default budget for this test to mean anything");
    }

    [Fact]
    public void Respond_DopamineAtItsDocumentedMaxima_Works()
    {
        var model = DopamineTerminal.Default;
        var run = model.Respond(model.WithThScale(2), TerminalModel.MaxDuration, TerminalModel.MaxPoints);
        Assert.Equal(TerminalModel.MaxPoints, run[DopamineTerminal.Eda].Values.Count);
    }

    /// <summary>Every public static method and constructor of the model, chart, table and quantity namespaces, called with null for one
    /// parameter that must not be null, refuses it with an <see cref="ArgumentException"/> (an <see cref="ArgumentNullException"/> for nulls)
    /// that names a parameter, never a <see cref="NullReferenceException"/>.</summary>
    [Fact]
    public void PublicEntryPoints_NullArgument_AreRefusedNamingTheParameter()
    {
        var nullability = new NullabilityInfoContext();
        var calls = typeof(Figure).Assembly.GetExportedTypes()
            .Where(t => CheckedNamespaces.Any(n => t.Namespace?.StartsWith(n, StringComparison.Ordinal) == true) && !t.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition).Cast<MethodBase>()
                .Concat(t.IsAbstract ? [] : t.GetConstructors()))
            .SelectMany(m => m.GetParameters()
                .Where(p => !p.ParameterType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull && !p.IsDefined(typeof(ParamArrayAttribute)))
                .Select(p => (Method: m, Parameter: p)))
            .Where(c => c.Method.GetParameters().All(p => p == c.Parameter || p.ParameterType.IsValueType || p.HasDefaultValue))
            .ToArray();
        Assert.True(calls.Length > 20, $"only {calls.Length} entry points found; the sweep must cover the API");

        var failures = new List<string>();
        foreach (var (method, parameter) in calls)
        {
            var arguments = method.GetParameters().Select(p => p == parameter ? null : p.HasDefaultValue ? p.DefaultValue : Activator.CreateInstance(p.ParameterType)).ToArray();
            var thrown = Record.Exception(() => method is ConstructorInfo c ? c.Invoke(arguments) : method.Invoke(null, arguments));
            var inner = (thrown as TargetInvocationException)?.InnerException ?? thrown;
            if (inner is not ArgumentException { ParamName: not null })
            {
                failures.Add($"{method.DeclaringType!.Name}.{method.Name}({parameter.Name}: null) → {inner?.GetType().Name ?? "no exception"}");
            }
        }

        Assert.True(failures.Count == 0, "Entry points that do not refuse null with a named parameter:\n" + string.Join("\n", failures));
    }
}
