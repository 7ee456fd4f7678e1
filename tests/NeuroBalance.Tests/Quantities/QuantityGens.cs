using CsCheck;

namespace NeuroBalance.Tests.Quantities;

/// <summary>Generators shared by the quantity and model property tests.</summary>
internal static class QuantityGens
{
    /// <summary>Values no non-negative quantity may take: negatives (down to the smallest subnormal), NaN and both infinities.</summary>
    public static readonly Gen<double> BadNumber = Gen.OneOf(
        Gen.Double[-1e12, -1e-12],
        Gen.Const(-double.Epsilon),
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    /// <summary>10^x for x drawn uniformly from [<paramref name="fromExponent"/>, <paramref name="toExponent"/>]: every decade is exercised.</summary>
    public static Gen<double> LogUniform(double fromExponent, double toExponent) =>
        Gen.Double[fromExponent, toExponent].Select(x => Math.Pow(10, x));

    /// <summary>Whether two values agree to a relative tolerance.</summary>
    public static bool Close(double expected, double actual, double relative = 1e-12) =>
        Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), Math.Abs(actual));
}

/// <summary>The two properties every unit factory of a quantity must have, written once for all quantities.</summary>
internal static class FactoryProperties
{
    /// <summary>
    /// From(x) read back in the same unit gives x, and in the base unit gives x·<paramref name="basePerUnit"/>,
    /// for x log-uniform from 1e-6 up to the largest value the type accepts.
    /// </summary>
    public static void RoundTrips<T>(Func<double, T> from, Func<T, double> inUnit, Func<T, double> inBase, double basePerUnit, double maxBase) =>
        QuantityGens.LogUniform(-6, Math.Log10(maxBase / basePerUnit)).Sample(value =>
        {
            var q = from(value);
            return QuantityGens.Close(value, inUnit(q)) && QuantityGens.Close(value * basePerUnit, inBase(q));
        });

    /// <summary>From(x) throws a <see cref="ParameterOutOfRangeException"/> naming <paramref name="paramName"/> for negatives, NaN, infinities and values above the limit.</summary>
    public static void RejectsBadValues<T>(Func<double, T> from, string paramName, double basePerUnit, double maxBase) =>
        Gen.OneOf(QuantityGens.BadNumber, Gen.Double[1.0001, 1e6].Select(f => f * maxBase / basePerUnit)).Sample(value =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => from(value));
            Assert.Equal(paramName, e.ParamName);
            Assert.Contains("but was", e.Message, StringComparison.Ordinal);
        });
}
