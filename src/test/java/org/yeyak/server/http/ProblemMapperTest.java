package org.yeyak.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are a full house (503 SERVER_BUSY) rather than a bug (500). */
class ProblemMapperTest {
    @Test
    void aConnectionPoolWaitThatRanOutIsBusyWhereverItIsWrapped() {
        var poolTimeout = new SQLTransientConnectionException("yeyak-store - Connection is not available");
        assertThat(ProblemMapper.overloaded(poolTimeout)).isTrue();
        assertThat(ProblemMapper.overloaded(new IllegalStateException("store", poolTimeout))).isTrue();
    }

    @Test
    void lockWaitsThatRanOutAreBusyOnBothStores() {
        assertThat(ProblemMapper.overloaded(new SQLException("Timeout trying to lock table", "HYT00", 50200))).isTrue();
        assertThat(ProblemMapper.overloaded(new SQLException("lock not available", "55P03"))).isTrue();
    }

    @Test
    void anythingElseIsAnUnexpectedFailure() {
        assertThat(ProblemMapper.overloaded(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(ProblemMapper.overloaded(new IllegalStateException("bug"))).isFalse();
    }
}
