package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void peopleAreNamesThatStartWithASurname() {
        assertThat(new String[] {"Hà Văn Thắm", "Trịnh Xuân Thanh", "Đinh La Thăng", "Nguyễn Văn Quý",
            "Trần Văn Bình", "Lê Thị Hồng"}).allMatch(PersonNames::looksLikeAPerson);
    }

    @Test
    void countriesCitiesAndThingsAreNotPeople() {
        // what a trial saw listed among the people two stories share
        assertThat(new String[] {"Việt Nam", "Nhật Bản", "Hà Nội", "Thái Bình", "World Cup", "Asian Cup",
            "Luật Phòng", "Đài Truyền", "Park Hang", "OceanBank Hà Văn Thắm", "Nguyễn"})
                .noneMatch(PersonNames::looksLikeAPerson);
    }
}
