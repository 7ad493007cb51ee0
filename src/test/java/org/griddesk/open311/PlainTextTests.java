package org.griddesk.open311;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTests {

	@Test
	void plainTextStaysAsItIs() {
		assertThat(PlainText.of("路灯坏了\n请尽快修理 & 谢谢 AT&amp;T")).isEqualTo("路灯坏了\n请尽快修理 & 谢谢 AT&amp;T");
		assertThat(PlainText.of("温度 < 5 度, 1<3 and 5>2, x <- y")).isEqualTo("温度 < 5 度, 1<3 and 5>2, x <- y");
	}

	@Test
	void tagsGoTheirTextStays() {
		assertThat(PlainText.of("<p>井盖<b>缺失</b></p><p>第二段</p>")).isEqualTo("井盖缺失\n第二段");
		assertThat(PlainText.of("一<br>二<br/>三")).isEqualTo("一\n二\n三");
		assertThat(PlainText.of("<a href=\"http://x\">链接</a> &lt;注意&gt;")).isEqualTo("链接 <注意>");
	}

	@Test
	void scriptsStylesAndCommentsGoWithTheirContent() {
		assertThat(PlainText.of("前<script type=\"text/javascript\">alert('x')</script>后<style>p{}</style><!-- 注释 -->"))
			.isEqualTo("前后");
	}

	@Test
	void charactersXmlCannotCarryAreDropped() {
		assertThat(PlainText.of("a\u0000b\u0007c\r\nd\uD800e😀")).isEqualTo("abc\nde😀");
	}

}
