using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Tests.Running;

/// <summary>The scheduler behind <c>--jobs</c>: bounded, started in order, results in order.</summary>
public sealed class OrderedJobsTests
{
    [Fact]
    public async Task Results_ComeInListOrder_WhateverOrderTheJobsFinishIn()
    {
        // Job i waits on a gate that opens in reverse order, so the last job finishes first.
        var gates = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource()).ToArray();
        var finished = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var run = OrderedJobs.RunAsync(
            [.. Enumerable.Range(0, 4).Select(i => (Func<Task<int>>)(async () => { await gates[i].Task; finished.Enqueue(i); return i * 10; }))],
            parallel: 4,
            TestContext.Current.CancellationToken);

        for (var i = 3; i >= 0; i--)
        {
            gates[i].SetResult();
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Equal(new[] { 0, 10, 20, 30 }, await run);
        Assert.Equal(new[] { 3, 2, 1, 0 }, finished.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task AtMostParallelJobs_RunAtOnce_EachOnce_AndOneAtATimeInListOrder(int parallel)
    {
        var running = 0;
        var most = 0;
        var started = new System.Collections.Concurrent.ConcurrentQueue<int>();
        await OrderedJobs.RunAsync(
            [.. Enumerable.Range(0, 9).Select(i => (Func<Task<int>>)(async () =>
            {
                started.Enqueue(i);
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Delay(30);
                Interlocked.Decrement(ref running);
                return i;
            }))],
            parallel,
            TestContext.Current.CancellationToken);

        Assert.Equal(parallel, most);
        Assert.Equal(Enumerable.Range(0, 9), started.Order()); // every job ran once
        if (parallel == 1)
        {
            Assert.Equal(Enumerable.Range(0, 9), started);
        }
    }

    [Fact]
    public async Task AFailingJob_DoesNotStopTheOthers_AndItsErrorComesBackAfterThem()
    {
        var ran = 0;
        var jobs = Enumerable.Range(0, 5).Select(i => (Func<Task<int>>)(async () =>
        {
            await Task.Yield();
            Interlocked.Increment(ref ran);
            return i == 1 ? throw new InvalidOperationException("job 1 failed") : i;
        })).ToArray();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => OrderedJobs.RunAsync(jobs, 2, TestContext.Current.CancellationToken));

        Assert.Equal("job 1 failed", e.Message);
        Assert.Equal(5, ran);
    }

    [Fact]
    public async Task ZeroParallel_IsRejected() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => OrderedJobs.RunAsync<int>([], 0, TestContext.Current.CancellationToken));

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
