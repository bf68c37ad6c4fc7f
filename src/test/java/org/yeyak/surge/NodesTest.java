package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class NodesTest {
    @Test
    void oneUrlIsOneNode() {
        assertThat(Nodes.parse("http://127.0.0.1:8080", false)).containsExactly(HttpUrl.get("http://127.0.0.1:8080/"));
    }

    @Test
    void commaSeparatedUrlsAreNodesInTheOrderGiven() {
        List<HttpUrl> nodes = Nodes.parse("http://127.0.0.1:9001, http://localhost:9002/api", false);
        assertThat(nodes).containsExactly(HttpUrl.get("http://127.0.0.1:9001/"), HttpUrl.get("http://localhost:9002/"));
        assertThat(Nodes.count("http://127.0.0.1:9001,http://127.0.0.1:9002")).isEqualTo(2);
    }

    @Test
    void everyNodeMustBeLoopbackUnlessRemoteIsAllowed() {
        assertThatThrownBy(() -> Nodes.parse("http://127.0.0.1:9001,http://203.0.113.9:9002", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("203.0.113.9");
        assertThat(Nodes.parse("http://127.0.0.1:9001,http://203.0.113.9:9002", true)).hasSize(2);
    }

    @Test
    void anEmptyEntryOrTheSameNodeTwiceIsRefused() {
        assertThatThrownBy(() -> Nodes.parse("http://127.0.0.1:9001,", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Nodes.parse("http://127.0.0.1:9001,http://127.0.0.1:9001/", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void citizensAreDealtToNodesInTurnLikeAStickyBalancer() {
        assertThat(IntStream.range(0, 7).map(i -> Nodes.of(i, 3)).toArray()).containsExactly(0, 1, 2, 0, 1, 2, 0);
        assertThat(IntStream.range(0, 5).map(i -> Nodes.of(i, 1)).toArray()).containsOnly(0);
        long onFirst = IntStream.range(0, 2_001).filter(i -> Nodes.of(i, 2) == 0).count();
        assertThat(onFirst).isEqualTo(1_001);
        assertThatThrownBy(() -> Nodes.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandLineTakesSeveralNodes() {
        CliOptions o = CliOptions.parse("--url", "http://127.0.0.1:9001,http://127.0.0.1:9002");
        assertThat(Nodes.parse(o.config().url(), false)).hasSize(2);
    }
}
