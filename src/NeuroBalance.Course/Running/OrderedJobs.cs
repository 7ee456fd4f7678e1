namespace NeuroBalance.Course.Running;

/// <summary>
/// Runs independent jobs with at most a given number at once, starting them in list order, and returns
/// their results in list order whatever order they finish in.
/// </summary>
public static class OrderedJobs
{
    /// <summary>Runs the jobs.</summary>
    /// <typeparam name="T">A job's result.</typeparam>
    /// <param name="jobs">The jobs, in the order to start them (and of the results).</param>
    /// <param name="parallel">How many may run at once; at least 1.</param>
    /// <param name="cancellationToken">Stops starting further jobs (running ones get their own token).</param>
    /// <returns>The results, in list order. A job that throws makes this throw, after the running jobs end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallel"/> is below 1.</exception>
    public static async Task<IReadOnlyList<T>> RunAsync<T>(IReadOnlyList<Func<Task<T>>> jobs, int parallel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        using var slots = new SemaphoreSlim(parallel, parallel);
        var running = new List<Task<T>>(jobs.Count);
        try
        {
            foreach (var job in jobs)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                running.Add(RunInSlotAsync(job, slots));
            }
        }
        finally
        {
            // Jobs already started end before the slots go away, also when the loop was cancelled.
            await Task.WhenAll(running).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }

        return await Task.WhenAll(running).ConfigureAwait(false);
    }

    private static async Task<T> RunInSlotAsync<T>(Func<Task<T>> job, SemaphoreSlim slots)
    {
        try
        {
            return await Task.Run(job).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }
}
