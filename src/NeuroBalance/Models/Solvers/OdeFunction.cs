namespace NeuroBalance.Models.Solvers;

/// <summary>
/// The right-hand side of an ordinary differential equation system dy/dt = f(t, y).
/// </summary>
/// <param name="t">The time, in the model's time unit.</param>
/// <param name="y">The state vector (read only).</param>
/// <param name="dydt">Receives f(t, y); has the same length as <paramref name="y"/>.</param>
public delegate void OdeFunction(double t, ReadOnlySpan<double> y, Span<double> dydt);
